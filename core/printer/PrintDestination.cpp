#include "printer/PrintDestination.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Kasir {

namespace {
void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

PrintDestination PrintDestination::pdf(const QString &path)
{
    PrintDestination d;
    d.kind = Kind::Pdf;
    d.path = path;
    return d;
}

PrintDestination PrintDestination::systemPrinter(const QString &name)
{
    PrintDestination d;
    d.kind = Kind::SystemPrinter;
    d.printerName = name;
    return d;
}

std::optional<PrintDestination> PrintDestination::escPos(const QString &target, QString *error)
{
    const QString t = target.trimmed();
    if (t.isEmpty()) {
        setError(
            error, QStringLiteral("No ESC/POS target given: a device such as /dev/usb/lp0 or HOST:PORT."));
        return std::nullopt;
    }
    static const QRegularExpression hostPort(
        QStringLiteral("^([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\]):([0-9]{1,5})$"));
    const QRegularExpressionMatch m = hostPort.match(t);
    PrintDestination d;
    if (m.hasMatch() && !t.startsWith(QLatin1Char('/')) && !t.startsWith(QLatin1Char('.'))) {
        const int port = m.captured(2).toInt();
        if (port < 1 || port > 65535) {
            setError(error, QStringLiteral("Port %1 is not a valid TCP port (1-65535).").arg(m.captured(2)));
            return std::nullopt;
        }
        d.kind = Kind::EscPosNetwork;
        d.host = m.captured(1);
        if (d.host.startsWith(QLatin1Char('[')))
            d.host = d.host.mid(1, d.host.size() - 2);
        d.port = quint16(port);
        return d;
    }
    d.kind = Kind::EscPosDevice;
    d.path = t;
    return d;
}

std::optional<PrintDestination> PrintDestination::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("system"))
        return systemPrinter();
    const int colon = t.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? t : t.left(colon);
    const QString rest = colon < 0 ? QString() : t.mid(colon + 1).trimmed();
    if (kind == QLatin1String("printer"))
        return systemPrinter(rest);
    if (kind == QLatin1String("pdf")) {
        if (rest.isEmpty()) {
            setError(error, QStringLiteral("pdf: needs a file or a folder."));
            return std::nullopt;
        }
        return pdf(rest);
    }
    if (kind == QLatin1String("escpos"))
        return escPos(rest, error);
    setError(error,
        QStringLiteral("Unknown receipt destination \"%1\" (system, printer:NAME, pdf:FILE, "
                       "escpos:DEVICE or escpos:HOST:PORT).")
            .arg(t));
    return std::nullopt;
}

QString PrintDestination::describe() const
{
    switch (kind) {
    case Kind::SystemPrinter:
        return QStringLiteral("printer:")
            + (printerName.isEmpty() ? QStringLiteral("(default)") : printerName);
    case Kind::Pdf:
        return QStringLiteral("pdf:") + path;
    case Kind::EscPosDevice:
        return QStringLiteral("escpos:") + path;
    case Kind::EscPosNetwork:
        return QStringLiteral("escpos:%1:%2").arg(host).arg(port);
    }
    return QString();
}

QString PrintDestination::pdfFileFor(const QString &receiptNo, int copyNumber) const
{
    const QFileInfo info(path);
    if (!path.endsWith(QLatin1Char('/')) && !info.isDir())
        return path;
    QString name = receiptNo;
    if (copyNumber > 0)
        name += QStringLiteral("-copy%1").arg(copyNumber);
    return QDir(path).filePath(name + QStringLiteral(".pdf"));
}

} // namespace Kasir
