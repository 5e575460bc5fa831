// kasir-ewallet-cli receipt ID [--width 58|80] (--text | --pdf FILE | --escpos TARGET | --print [--printer
// NAME])

#include "CliApp.h"

#include "CashierName.h"
#include "CliAudit.h"
#include "catalog/ProductCatalog.h"
#include "clock/Clock.h"
#include "printer/PrintDestination.h"
#include "printer/ReceiptPrinter.h"
#include "receipt/ReceiptLayout.h"
#include "settings/AppSettings.h"
#include "store/ReceiptStore.h"

#ifdef KASIR_HAVE_PRINT
#include "QtPageRenderer.h"
#endif

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Kasir {

namespace {

ReceiptOptions receiptOptionsFrom(const AppSettings &settings)
{
    ReceiptOptions o;
    o.storeName = settings.receiptStoreName();
    o.addressLines = settings.receiptAddressLines();
    o.footer = settings.receiptFooter();
    o.language = settings.receiptLanguage();
    return o;
}

} // namespace

void CliApp::runReceipt()
{
    if (m_args.size() != 1) {
        fail(QStringLiteral("receipt needs one RECEIPT_NO or REQ_ID."), ExitUsage);
        return;
    }
    const bool text = m_parser.isSet(QStringLiteral("text"));
    const bool pdf = m_parser.isSet(QStringLiteral("pdf"));
    const bool escpos = m_parser.isSet(QStringLiteral("escpos"));
    const bool system = m_parser.isSet(QStringLiteral("print"));
    if (int(text) + int(pdf) + int(escpos) + int(system) != 1) {
        fail(QStringLiteral("receipt needs exactly one of --text, --pdf FILE, --escpos TARGET or --print."),
            ExitUsage);
        return;
    }
    if (m_parser.isSet(QStringLiteral("printer")) && !system) {
        fail(QStringLiteral("--printer goes with --print."), ExitUsage);
        return;
    }
    const AppSettings settings;
    int paperMm = settings.receiptPaperMm();
    if (m_parser.isSet(QStringLiteral("width"))) {
        const QString width = m_parser.value(QStringLiteral("width"));
        if (width != QLatin1String("58") && width != QLatin1String("80")) {
            fail(QStringLiteral("--width must be 58 or 80 (mm of paper)."), ExitUsage);
            return;
        }
        paperMm = width.toInt();
    }
    PrintDestination destination;
    if (pdf) {
        if (m_parser.value(QStringLiteral("pdf")).trimmed().isEmpty()) {
            fail(QStringLiteral("--pdf needs a file name."), ExitUsage);
            return;
        }
        destination = PrintDestination::pdf(m_parser.value(QStringLiteral("pdf")));
    } else if (escpos) {
        QString error;
        const auto parsed = PrintDestination::escPos(m_parser.value(QStringLiteral("escpos")), &error);
        if (!parsed) {
            fail(error, ExitUsage);
            return;
        }
        destination = *parsed;
    } else if (system) {
        destination = PrintDestination::systemPrinter(m_parser.value(QStringLiteral("printer")));
    }
#ifndef KASIR_HAVE_PRINT
    if (pdf || system) {
        fail(QStringLiteral("This build has no PDF or printer support; use --text or --escpos."),
            ExitEnvironment);
        return;
    }
#endif

    // A preview reads only; a print is counted in the journal, which must be writable.
    if (!setUpStore(!text))
        return;
    const QString key = m_args.first().trimmed();
    auto record = m_store->findByReceiptNo(key);
    if (!record)
        record = m_store->findByReqId(key);
    if (!record) {
        fail(QStringLiteral("No receipt or req_id \"%1\" in %2.").arg(key, m_store->path()), ExitUsage);
        return;
    }

    auto *printer = new ReceiptPrinter(m_store.get(), SystemClock::instance(), this);
    printer->setPaperMm(paperMm);
    printer->setOptions(receiptOptionsFrom(settings));
    QHash<QString, QString> names;
    for (const Product &p : m_catalog.products())
        names.insert(p.code.toUpper(), p.name);
    printer->setProductNames(names);
#ifdef KASIR_HAVE_PRINT
    static QtPageRenderer renderer;
    printer->setPageRenderer(&renderer);
#endif
    const QString cashier = cashierName(m_parser);

    if (text) {
        QTextStream(stdout) << ReceiptLayout::toText(printer->previewLines(*record, cashier)) << Qt::flush;
        finish(ExitSuccess);
        return;
    }

    connect(printer, &ReceiptPrinter::finished, this, [this, cashier](const PrintOutcome &outcome) {
        if (!outcome.ok) {
            fail(QStringLiteral("Receipt %1 was not printed: %2 The sale is unchanged.")
                     .arg(outcome.receiptNo, outcome.message),
                ExitEnvironment);
            return;
        }
        if (outcome.copyNumber >= 1)
            recordCliAudit(m_store.get(), AuditEvent::Reprint, cashier,
                QStringLiteral("%1 copy %2 to %3")
                    .arg(outcome.receiptNo)
                    .arg(outcome.copyNumber)
                    .arg(outcome.target));
        if (m_printer->json()) {
            QJsonObject o { { QStringLiteral("receipt_no"), outcome.receiptNo },
                { QStringLiteral("printed"), true }, { QStringLiteral("copy"), outcome.copyNumber },
                { QStringLiteral("target"), outcome.target },
                { QStringLiteral("recorded"), outcome.recorded } };
            if (!outcome.message.isEmpty())
                o.insert(QStringLiteral("warning"), outcome.message);
            QTextStream(stdout) << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
                                << Qt::endl;
        } else {
            m_printer->info(outcome.copyNumber == 0
                    ? QStringLiteral("Receipt %1 printed (original) to %2.")
                          .arg(outcome.receiptNo, outcome.target)
                    : QStringLiteral("Receipt %1 printed as SALINAN / COPY %2 to %3.")
                          .arg(outcome.receiptNo)
                          .arg(outcome.copyNumber)
                          .arg(outcome.target));
            if (!outcome.message.isEmpty())
                m_printer->info(QStringLiteral("Warning: %1").arg(outcome.message));
        }
        finish(ExitSuccess);
    });
    QString error;
    if (!printer->print(record->id, destination, cashier, &error))
        fail(error, ExitEnvironment);
}

} // namespace Kasir
