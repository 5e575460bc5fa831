#include "settings/AppSettings.h"

#include "api/ApiLimits.h"

#include <QSettings>

namespace Kasir {

namespace {

// Keys: the only place they are spelled.
const QString kLanguage = QStringLiteral("ui/language");
const QString kCashierName = QStringLiteral("counter/cashierName");
const QString kTerminalId = QStringLiteral("counter/terminalId");
const QString kStoreFee = QStringLiteral("pricing/storeFee");
const QString kStoreFeeProductPrefix = QStringLiteral("pricing/storeFee_");
const QString kLowBalance = QStringLiteral("deposit/lowBalanceThreshold");
const QString kBaseUrl = QStringLiteral("api/baseUrl");
const QString kApiKeyFile = QStringLiteral("api/keyFile");
const QString kCaFile = QStringLiteral("api/caFile");
const QString kTimeout = QStringLiteral("api/timeoutSeconds");
const QString kResolveSound = QStringLiteral("ui/resolveSound");
const QString kRepeatCustomer = QStringLiteral("counter/repeatCustomer");
const QString kDuplicateWindow = QStringLiteral("sale/duplicateWindowSeconds");
const QString kReceiptStoreName = QStringLiteral("receipt/storeName");
const QString kReceiptAddress = QStringLiteral("receipt/addressLines");
const QString kReceiptFooter = QStringLiteral("receipt/footer");
const QString kReceiptPaper = QStringLiteral("receipt/paperMm");
const QString kReceiptLanguage = QStringLiteral("receipt/language");
const QString kReceiptDestination = QStringLiteral("receipt/destination");
const QString kReceiptAutoPrint = QStringLiteral("receipt/autoPrint");

qint64 readRupiah(const QSettings *s, const QString &key, Money fallback)
{
    const QVariant v = s->value(key);
    if (!v.isValid())
        return fallback.rupiah();
    bool ok = false;
    const qint64 r = v.toString().toLongLong(&ok);
    return (ok && r >= 0) ? r : fallback.rupiah();
}

} // namespace

AppSettings::AppSettings()
    : m_settings(new QSettings)
    , m_owned(true)
{ }

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
    , m_owned(false)
{ }

AppSettings::~AppSettings()
{
    if (m_owned)
        delete m_settings;
}

QString AppSettings::defaultLanguage()
{
    return QStringLiteral("id");
}
QString AppSettings::defaultTerminalId()
{
    return QStringLiteral("K01");
}
Money AppSettings::defaultStoreFee()
{
    return Money::fromRupiah(1000);
}
Money AppSettings::defaultLowBalanceThreshold()
{
    return Money::fromRupiah(200000);
}
int AppSettings::defaultClientTimeoutSeconds()
{
    return 30;
}
int AppSettings::defaultDuplicateWindowSeconds()
{
    return 600;
}

QString AppSettings::language() const
{
    const QString lang = m_settings->value(kLanguage, defaultLanguage()).toString().toLower();
    return (lang == QLatin1String("en") || lang == QLatin1String("id")) ? lang : defaultLanguage();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QString AppSettings::cashierName() const
{
    return m_settings->value(kCashierName, QString()).toString().trimmed();
}

void AppSettings::setCashierName(const QString &name)
{
    m_settings->setValue(kCashierName, name);
}

QString AppSettings::terminalId() const
{
    const QString id = m_settings->value(kTerminalId, defaultTerminalId()).toString().trimmed();
    return id.isEmpty() ? defaultTerminalId() : id;
}

void AppSettings::setTerminalId(const QString &id)
{
    m_settings->setValue(kTerminalId, id);
}

Money AppSettings::storeFee(const QString &productCode) const
{
    const Money flat = Money::fromRupiah(readRupiah(m_settings, kStoreFee, defaultStoreFee()));
    if (productCode.isEmpty())
        return flat;
    return Money::fromRupiah(readRupiah(m_settings, kStoreFeeProductPrefix + productCode.toUpper(), flat));
}

void AppSettings::setStoreFee(Money fee)
{
    m_settings->setValue(kStoreFee, fee.toApiString());
}

void AppSettings::setStoreFee(const QString &productCode, Money fee)
{
    m_settings->setValue(kStoreFeeProductPrefix + productCode.toUpper(), fee.toApiString());
}

bool AppSettings::resolveSound() const
{
    return m_settings->value(kResolveSound, true).toBool();
}

void AppSettings::setResolveSound(bool on)
{
    m_settings->setValue(kResolveSound, on);
}

bool AppSettings::repeatCustomer() const
{
    return m_settings->value(kRepeatCustomer, true).toBool();
}

void AppSettings::setRepeatCustomer(bool on)
{
    m_settings->setValue(kRepeatCustomer, on);
}

Money AppSettings::lowBalanceThreshold() const
{
    return Money::fromRupiah(readRupiah(m_settings, kLowBalance, defaultLowBalanceThreshold()));
}

void AppSettings::setLowBalanceThreshold(Money threshold)
{
    m_settings->setValue(kLowBalance, threshold.toApiString());
}

QUrl AppSettings::baseUrl() const
{
    return QUrl(m_settings->value(kBaseUrl, QString()).toString().trimmed());
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    m_settings->setValue(kBaseUrl, url.toString());
}

QString AppSettings::apiKeyFile() const
{
    return m_settings->value(kApiKeyFile, QString()).toString().trimmed();
}

void AppSettings::setApiKeyFile(const QString &path)
{
    m_settings->setValue(kApiKeyFile, path);
}

QString AppSettings::caFile() const
{
    return m_settings->value(kCaFile, QString()).toString().trimmed();
}

void AppSettings::setCaFile(const QString &path)
{
    m_settings->setValue(kCaFile, path);
}

int AppSettings::clientTimeoutSeconds() const
{
    bool ok = false;
    const int s = m_settings->value(kTimeout, defaultClientTimeoutSeconds()).toInt(&ok);
    if (!ok)
        return defaultClientTimeoutSeconds();
    return ApiLimits::boundedTimeoutSeconds(s);
}

void AppSettings::setClientTimeoutSeconds(int seconds)
{
    m_settings->setValue(kTimeout, ApiLimits::boundedTimeoutSeconds(seconds));
}

int AppSettings::duplicateWindowSeconds() const
{
    bool ok = false;
    const int s = m_settings->value(kDuplicateWindow, defaultDuplicateWindowSeconds()).toInt(&ok);
    return (ok && s >= 0) ? s : defaultDuplicateWindowSeconds();
}

void AppSettings::setDuplicateWindowSeconds(int seconds)
{
    m_settings->setValue(kDuplicateWindow, seconds);
}

QString AppSettings::defaultReceiptStoreName()
{
    return QStringLiteral("Kasir E-Wallet");
}
int AppSettings::defaultReceiptPaperMm()
{
    return 58;
}
QString AppSettings::defaultReceiptDestination()
{
    return QStringLiteral("system");
}

QString AppSettings::defaultReceiptFooter(const QString &language)
{
    return language == QLatin1String("en")
        ? QStringLiteral("Thank you. Keep this receipt as proof of your top-up.")
        : QStringLiteral("Terima kasih. Simpan struk ini sebagai bukti top-up.");
}

QString AppSettings::receiptStoreName() const
{
    return m_settings->value(kReceiptStoreName, defaultReceiptStoreName()).toString().trimmed();
}

void AppSettings::setReceiptStoreName(const QString &name)
{
    m_settings->setValue(kReceiptStoreName, name);
}

QStringList AppSettings::receiptAddressLines() const
{
    QStringList lines = m_settings->value(kReceiptAddress).toStringList();
    lines.removeAll(QString());
    return lines;
}

void AppSettings::setReceiptAddressLines(const QStringList &lines)
{
    m_settings->setValue(kReceiptAddress, lines);
}

QString AppSettings::receiptFooter() const
{
    const QVariant v = m_settings->value(kReceiptFooter);
    return v.isValid() ? v.toString() : defaultReceiptFooter(receiptLanguage());
}

void AppSettings::setReceiptFooter(const QString &footer)
{
    m_settings->setValue(kReceiptFooter, footer);
}

int AppSettings::receiptPaperMm() const
{
    const int mm = m_settings->value(kReceiptPaper, defaultReceiptPaperMm()).toInt();
    return (mm == 58 || mm == 80) ? mm : defaultReceiptPaperMm();
}

void AppSettings::setReceiptPaperMm(int mm)
{
    m_settings->setValue(kReceiptPaper, mm);
}

QString AppSettings::receiptLanguage() const
{
    const QString lang = m_settings->value(kReceiptLanguage, defaultLanguage()).toString().toLower();
    return (lang == QLatin1String("en") || lang == QLatin1String("id")) ? lang : defaultLanguage();
}

void AppSettings::setReceiptLanguage(const QString &language)
{
    m_settings->setValue(kReceiptLanguage, language);
}

QString AppSettings::receiptDestination() const
{
    const QString d
        = m_settings->value(kReceiptDestination, defaultReceiptDestination()).toString().trimmed();
    return d.isEmpty() ? defaultReceiptDestination() : d;
}

void AppSettings::setReceiptDestination(const QString &destination)
{
    m_settings->setValue(kReceiptDestination, destination);
}

bool AppSettings::receiptAutoPrint() const
{
    return m_settings->value(kReceiptAutoPrint, false).toBool();
}

void AppSettings::setReceiptAutoPrint(bool on)
{
    m_settings->setValue(kReceiptAutoPrint, on);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace Kasir
