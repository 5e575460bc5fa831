#include "settings/SettingsPage.h"

#include "api/MerchantApiClient.h"
#include "people/AuditTrail.h"
#include "printer/PrintDestination.h"
#include "sale/SaleServiceOptions.h"
#include "secrets/ApiKeyStore.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kasir {

namespace {

std::optional<Money> parseRupiah(const QString &text)
{
    QString digits = text.trimmed();
    digits.remove(QLatin1Char('.'));
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,12}$"));
    if (!re.match(digits).hasMatch())
        return std::nullopt;
    return Money::fromRupiah(digits.toLongLong());
}

} // namespace

SettingsPage::SettingsPage(AppSettings *settings, ApiKeyStore *keyStore, MerchantApiClient *tester,
    const ProductCatalog &catalog, AuditTrail *audit, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_keyStore(keyStore)
    , m_tester(tester)
    , m_catalog(catalog)
    , m_audit(audit)
    , m_baseUrl(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_keySource(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_terminal(new QLineEdit(this))
    , m_lowBalance(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_duplicateWindow(new QSpinBox(this))
    , m_resolveSound(new QCheckBox(this))
    , m_repeatCustomer(new QCheckBox(this))
    , m_storeName(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_footer(new QLineEdit(this))
    , m_printer(new QComboBox(this))
    , m_printerTarget(new QLineEdit(this))
    , m_paper(new QComboBox(this))
    , m_autoPrint(new QCheckBox(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *outer = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Settings"), this);
    title->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold;"));
    // Save and its message on top, where they are seen without scrolling.
    auto *row = new QHBoxLayout;
    row->addWidget(title, 1);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    row->addWidget(m_save);
    outer->addLayout(row);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    outer->addWidget(m_message);

    auto *api = new QGroupBox(tr("Merchant API"), this);
    auto *apiForm = new QFormLayout(api);
    apiForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.co.id"));
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("unchanged"));
    m_keySource->setObjectName(QStringLiteral("keySourceLabel"));
    m_keySource->setWordWrap(true);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(5, 120);
    m_timeout->setSuffix(tr(" s"));
    apiForm->addRow(tr("Address"), m_baseUrl);
    apiForm->addRow(tr("API key"), m_apiKey);
    apiForm->addRow(QString(), m_keySource);
    apiForm->addRow(tr("Answer timeout"), m_timeout);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Asks a price (an inquiry): nothing is charged."));
    apiForm->addRow(QString(), m_test);
    outer->addWidget(api);

    auto *counter = new QGroupBox(tr("Counter and prices"), this);
    auto *counterForm = new QFormLayout(counter);
    counterForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_terminal->setObjectName(QStringLiteral("terminalEdit"));
    m_terminal->setMaxLength(16);
    counterForm->addRow(tr("Terminal id"), m_terminal);
    for (const Product &p : m_catalog.products()) {
        auto *fee = new QLineEdit(counter);
        fee->setObjectName(QStringLiteral("storeFee_%1").arg(p.code));
        m_fees.insert(p.code, fee);
        counterForm->addRow(tr("Store fee %1 (Rp)").arg(p.name), fee);
    }
    m_lowBalance->setObjectName(QStringLiteral("lowBalanceEdit"));
    counterForm->addRow(tr("Warn when the deposit is below (Rp)"), m_lowBalance);
    m_duplicateWindow->setObjectName(QStringLiteral("duplicateWindowSpin"));
    m_duplicateWindow->setRange(0, 3600);
    m_duplicateWindow->setSuffix(tr(" s"));
    counterForm->addRow(tr("Warn about a repeated sale within"), m_duplicateWindow);
    m_resolveSound->setObjectName(QStringLiteral("resolveSoundBox"));
    m_resolveSound->setText(tr("A short sound when a sale being checked gets its outcome"));
    counterForm->addRow(m_resolveSound);
    m_repeatCustomer->setObjectName(QStringLiteral("repeatCustomerBox"));
    m_repeatCustomer->setText(tr("Show the customer's last sale under the number (F8)"));
    m_repeatCustomer->setToolTip(
        tr("F8 repeats that sale: same wallet and amount, with the usual price check."));
    counterForm->addRow(m_repeatCustomer);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    counterForm->addRow(tr("Language"), m_language);
    outer->addWidget(counter);

    auto *receipt = new QGroupBox(tr("Receipts"), this);
    auto *receiptForm = new QFormLayout(receipt);
    receiptForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_storeName->setObjectName(QStringLiteral("storeNameEdit"));
    m_storeName->setMaxLength(MaxStoreName);
    receiptForm->addRow(tr("Store name"), m_storeName);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("Up to %1 lines").arg(MaxAddressLines));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * MaxAddressLines + 16);
    receiptForm->addRow(tr("Address"), m_address);
    m_footer->setObjectName(QStringLiteral("footerEdit"));
    m_footer->setMaxLength(MaxFooter);
    receiptForm->addRow(tr("Footer"), m_footer);
    m_printer->setObjectName(QStringLiteral("printerBox"));
    m_printer->addItem(tr("The default printer"), QStringLiteral("system"));
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_printer->addItem(tr("Printer %1").arg(name), QString(QStringLiteral("printer:") + name));
    m_printer->addItem(tr("Receipt printer (ESC/POS): device or address"), QStringLiteral("escpos:"));
    m_printer->addItem(tr("PDF files in a folder"), QStringLiteral("pdf:"));
    m_printerTarget->setObjectName(QStringLiteral("printerTargetEdit"));
    receiptForm->addRow(tr("Print to"), m_printer);
    receiptForm->addRow(QString(), m_printerTarget);
    m_paper->setObjectName(QStringLiteral("paperBox"));
    m_paper->addItem(tr("58 mm (32 characters)"), 58);
    m_paper->addItem(tr("80 mm (48 characters)"), 80);
    receiptForm->addRow(tr("Paper width"), m_paper);
    m_autoPrint->setObjectName(QStringLiteral("autoPrintBox"));
    m_autoPrint->setText(tr("Print the receipt by itself after each successful sale"));
    receiptForm->addRow(m_autoPrint);
    outer->addWidget(receipt);
    auto updateTarget = [this] {
        const QString kind = m_printer->currentData().toString();
        const bool needsTarget = kind.endsWith(QLatin1Char(':'));
        m_printerTarget->setEnabled(needsTarget);
        m_printerTarget->setPlaceholderText(kind == QLatin1String("escpos:")
                ? tr("/dev/usb/lp0 or 192.168.1.50:9100")
                : kind == QLatin1String("pdf:") ? tr("A folder, e.g. /home/kasir/struk")
                                                : QString());
    };
    connect(m_printer, &QComboBox::currentIndexChanged, this, updateTarget);

    outer->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_test, &QPushButton::clicked, this, &SettingsPage::testConnection);
    setKeySourceText(m_keyStore ? tr("Kept in: %1").arg(m_keyStore->describe()) : QString());
    reload();
}

void SettingsPage::setKeySourceText(const QString &text)
{
    // A path has no spaces: let it wrap after each separator, so it never widens the page.
    QString wrappable = text;
    wrappable.replace(QLatin1Char('/'), QStringLiteral("/\u200B"));
    m_keySource->setText(wrappable);
}

void SettingsPage::reload()
{
    m_baseUrl->setText(m_settings->baseUrl().toString());
    m_apiKey->clear();
    m_timeout->setValue(m_settings->clientTimeoutSeconds());
    m_terminal->setText(m_settings->terminalId());
    for (auto it = m_fees.cbegin(); it != m_fees.cend(); ++it)
        it.value()->setText(QString::number(m_settings->storeFee(it.key()).rupiah()));
    m_lowBalance->setText(QString::number(m_settings->lowBalanceThreshold().rupiah()));
    m_duplicateWindow->setValue(m_settings->duplicateWindowSeconds());
    m_resolveSound->setChecked(m_settings->resolveSound());
    m_repeatCustomer->setChecked(m_settings->repeatCustomer());
    m_storeName->setText(m_settings->receiptStoreName());
    m_address->setPlainText(m_settings->receiptAddressLines().join(QLatin1Char('\n')));
    m_footer->setText(m_settings->receiptFooter());
    showDestination(m_settings->receiptDestination());
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(m_settings->receiptPaperMm())));
    m_autoPrint->setChecked(m_settings->receiptAutoPrint());
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
}

void SettingsPage::showDestination(const QString &destination)
{
    int index = m_printer->findData(destination);
    QString target;
    if (index < 0) {
        for (const char *kind : { "escpos:", "pdf:" }) {
            if (destination.startsWith(QLatin1String(kind))) {
                index = m_printer->findData(QString::fromLatin1(kind));
                target = destination.mid(int(qstrlen(kind)));
            }
        }
    }
    if (index < 0 && destination.startsWith(QLatin1String("printer:"))) {
        // A printer not installed now: kept as it is, shown by name.
        m_printer->addItem(tr("Printer %1").arg(destination.mid(8)), destination);
        index = m_printer->count() - 1;
    }
    m_printer->setCurrentIndex(qMax(0, index));
    m_printerTarget->setText(target);
    m_printerTarget->setEnabled(m_printer->currentData().toString().endsWith(QLatin1Char(':')));
}

QString SettingsPage::destinationText() const
{
    const QString kind = m_printer->currentData().toString();
    return kind.endsWith(QLatin1Char(':')) ? kind + m_printerTarget->text().trimmed() : kind;
}

QString SettingsPage::validateReceipt(QStringList *address, QString *destination) const
{
    const QString name = m_storeName->text().simplified();
    if (name.isEmpty() || name.size() > MaxStoreName)
        return tr("Store name: 1 to %1 characters; it heads every receipt.").arg(MaxStoreName);
    address->clear();
    for (const QString &line : m_address->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.simplified().isEmpty())
            *address << line.simplified();
    }
    if (address->size() > MaxAddressLines)
        return tr("Address: at most %1 lines.").arg(MaxAddressLines);
    for (const QString &line : *address) {
        if (line.size() > MaxAddressLine)
            return tr("Address: each line at most %1 characters.").arg(MaxAddressLine);
    }
    if (m_footer->text().simplified().size() > MaxFooter)
        return tr("Footer: at most %1 characters.").arg(MaxFooter);
    *destination = destinationText();
    const QString kind = m_printer->currentData().toString();
    if (kind.endsWith(QLatin1Char(':')) && m_printerTarget->text().trimmed().isEmpty())
        return kind == QLatin1String("pdf:") ? tr("Print to: give the folder for the PDF files.")
                                             : tr("Print to: give the device (/dev/usb/lp0) or the address "
                                                  "(HOST:PORT) of the receipt printer.");
    QString error;
    if (!PrintDestination::parse(*destination, &error))
        return tr("Print to: %1").arg(error);
    return QString();
}

void SettingsPage::saveReceipt(const QStringList &address, const QString &destination, QStringList *changed)
{
    const QString name = m_storeName->text().simplified();
    if (name != m_settings->receiptStoreName()) {
        m_settings->setReceiptStoreName(name);
        *changed << QStringLiteral("receipt/storeName");
    }
    if (address != m_settings->receiptAddressLines()) {
        m_settings->setReceiptAddressLines(address);
        *changed << QStringLiteral("receipt/addressLines");
    }
    const QString footer = m_footer->text().simplified();
    if (footer != m_settings->receiptFooter()) {
        m_settings->setReceiptFooter(footer);
        *changed << QStringLiteral("receipt/footer");
    }
    if (destination != m_settings->receiptDestination()) {
        m_settings->setReceiptDestination(destination);
        *changed << QStringLiteral("receipt/destination");
    }
    const int paper = m_paper->currentData().toInt();
    if (paper != m_settings->receiptPaperMm()) {
        m_settings->setReceiptPaperMm(paper);
        *changed << QStringLiteral("receipt/paperMm");
    }
    if (m_autoPrint->isChecked() != m_settings->receiptAutoPrint()) {
        m_settings->setReceiptAutoPrint(m_autoPrint->isChecked());
        *changed << QStringLiteral("receipt/autoPrint");
    }
    if (m_repeatCustomer->isChecked() != m_settings->repeatCustomer()) {
        m_settings->setRepeatCustomer(m_repeatCustomer->isChecked());
        *changed << QStringLiteral("counter/repeatCustomer");
    }
}

void SettingsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
}

QString SettingsPage::validate(QUrl *url, QHash<QString, Money> *fees, Money *lowBalance) const
{
    const QString urlText = m_baseUrl->text().trimmed();
    if (!urlText.isEmpty()) {
        *url = QUrl(urlText, QUrl::StrictMode);
        const QString problem = MerchantApiClient::checkBaseUrl(*url);
        if (!problem.isEmpty())
            return tr("API address: %1").arg(problem);
    }
    if (!m_apiKey->text().isEmpty()) {
        const QString problem = ApiKeyStore::checkKey(m_apiKey->text());
        if (!problem.isEmpty())
            return tr("API key: %1").arg(problem);
    }
    if (!SaleServiceOptions::isValidTerminalId(m_terminal->text().trimmed().toUpper()))
        return tr("Terminal id: 1 to 16 letters, digits or _, e.g. K01.");
    for (const Product &p : m_catalog.products()) {
        const std::optional<Money> fee = parseRupiah(m_fees.value(p.code)->text());
        if (!fee || fee->rupiah() > 100000)
            return tr("Store fee %1: a whole number of rupiah from 0 to 100.000.").arg(p.name);
        fees->insert(p.code, *fee);
    }
    const std::optional<Money> low = parseRupiah(m_lowBalance->text());
    if (!low)
        return tr("Deposit warning: a whole number of rupiah, e.g. 200000.");
    *lowBalance = *low;
    return QString();
}

void SettingsPage::save()
{
    if (m_saving)
        return;
    QUrl url;
    QHash<QString, Money> fees;
    Money lowBalance;
    QStringList address;
    QString destination;
    QString problem = validate(&url, &fees, &lowBalance);
    if (problem.isEmpty())
        problem = validateReceipt(&address, &destination);
    if (!problem.isEmpty()) {
        showMessage(problem + QLatin1Char(' ') + tr("Nothing was changed."), true);
        return;
    }
    QStringList changed;
    if (url != m_settings->baseUrl()) {
        m_settings->setBaseUrl(url);
        changed << QStringLiteral("api/baseUrl");
    }
    if (m_timeout->value() != m_settings->clientTimeoutSeconds()) {
        m_settings->setClientTimeoutSeconds(m_timeout->value());
        changed << QStringLiteral("api/timeoutSeconds");
    }
    const QString terminal = m_terminal->text().trimmed().toUpper();
    if (terminal != m_settings->terminalId()) {
        m_settings->setTerminalId(terminal);
        changed << QStringLiteral("counter/terminalId");
    }
    for (auto it = fees.cbegin(); it != fees.cend(); ++it) {
        if (it.value() != m_settings->storeFee(it.key())) {
            m_settings->setStoreFee(it.key(), it.value());
            changed << QStringLiteral("pricing/storeFee_%1").arg(it.key());
        }
    }
    if (lowBalance != m_settings->lowBalanceThreshold()) {
        m_settings->setLowBalanceThreshold(lowBalance);
        changed << QStringLiteral("deposit/lowBalanceThreshold");
    }
    if (m_duplicateWindow->value() != m_settings->duplicateWindowSeconds()) {
        m_settings->setDuplicateWindowSeconds(m_duplicateWindow->value());
        changed << QStringLiteral("sale/duplicateWindowSeconds");
    }
    if (m_resolveSound->isChecked() != m_settings->resolveSound()) {
        m_settings->setResolveSound(m_resolveSound->isChecked());
        changed << QStringLiteral("ui/resolveSound");
    }
    const QString language = m_language->currentData().toString();
    if (language != m_settings->language()) {
        m_settings->setLanguage(language);
        changed << QStringLiteral("ui/language");
    }
    saveReceipt(address, destination, &changed);
    m_settings->sync();

    const QString key = m_apiKey->text();
    if (key.isEmpty() || !m_keyStore) {
        finishSave(changed);
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    QPointer<SettingsPage> self(this);
    m_keyStore->write(key, [self, changed](const ApiKeyResult &r) {
        if (!self)
            return;
        self->m_saving = false;
        self->m_save->setEnabled(true);
        if (!r.ok()) {
            self->finishSave(changed);
            self->showMessage(
                tr("The other settings were saved, but the API key was not: %1").arg(r.error), true);
            return;
        }
        self->m_apiKey->clear();
        self->finishSave(QStringList(changed) << QStringLiteral("api/key"));
    });
}

void SettingsPage::finishSave(const QStringList &changed)
{
    if (changed.isEmpty()) {
        showMessage(tr("Nothing to change."), false);
        return;
    }
    if (m_audit)
        m_audit->record(AuditEvent::SettingsChanged, m_userName, changed.join(QStringLiteral(", ")));
    showMessage(changed.contains(QStringLiteral("ui/language"))
            ? tr("Saved. The language changes at the next start; the rest applies now.")
            : tr("Saved. The changes apply now."),
        false);
    emit settingsSaved(changed);
}

void SettingsPage::testConnection()
{
    if (m_testCall || !m_tester)
        return;
    QUrl url;
    QHash<QString, Money> fees;
    Money lowBalance;
    const QString problem = validate(&url, &fees, &lowBalance);
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    ApiConfig config = m_tester->config();
    config.baseUrl = url;
    config.timeoutMs = m_timeout->value() * 1000;
    m_test->setEnabled(false);
    if (!m_apiKey->text().isEmpty() || !m_keyStore || !qEnvironmentVariableIsEmpty("KASIR_API_KEY")) {
        if (!m_apiKey->text().isEmpty())
            config.apiKey = m_apiKey->text();
        m_tester->setConfig(config);
        sendTestInquiry();
        return;
    }
    // The key as kept now (keychain or file).
    QPointer<SettingsPage> self(this);
    m_keyStore->read([self, config](const ApiKeyResult &r) mutable {
        if (!self)
            return;
        if (r.ok())
            config.apiKey = r.key;
        self->m_tester->setConfig(config);
        self->sendTestInquiry();
    });
}

void SettingsPage::sendTestInquiry()
{
    ApiRequest request;
    request.productId
        = m_catalog.products().isEmpty() ? QStringLiteral("GOPAY") : m_catalog.products().first().code;
    request.custId = QStringLiteral("081234567890");
    request.amount = Money::fromRupiah(10000);
    showMessage(tr("Asking the server a price… (nothing is charged)"), false);
    m_testCall = m_tester->inquiry(request);
    connect(m_testCall, &ApiCall::finished, this, &SettingsPage::onTestFinished);
}

void SettingsPage::onTestFinished(const ApiResult &result)
{
    m_test->setEnabled(true);
    if (result.outcome == Outcome::Success) {
        showMessage(tr("Connected: the server answered the price inquiry."), false);
        return;
    }
    QString why = result.error;
    if (why.isEmpty())
        why = result.message.isEmpty() ? result.description : result.message;
    showMessage(tr("The connection test failed: %1").arg(why.isEmpty() ? tr("no usable answer") : why), true);
}

} // namespace Kasir
