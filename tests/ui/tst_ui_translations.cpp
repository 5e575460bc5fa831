// Every source string of the window has a translation in both .ts files (none left unfinished
// or empty), so no English slips into the Indonesian window.

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
};

void TranslationsTest::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("id") << QStringLiteral(KASIR_TS_DIR "/kasir_id.ts");
    QTest::newRow("en") << QStringLiteral(KASIR_TS_DIR "/kasir_en.ts");
}

void TranslationsTest::complete()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QStringList missing;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            ++messages;
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete") || text.trimmed().isEmpty())
                missing << source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("untranslated: ") + missing.join(QStringLiteral(" | "))));
}

QTEST_APPLESS_MAIN(TranslationsTest)
#include "tst_ui_translations.moc"
