#pragma once

#include "report/FlaggedSaleResolver.h"
#include "report/ReportFigures.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Kasir {

// Settles a flagged sale after the manager asked the provider: SUCCESS with the verified price,
// or FAILED; a note is required.
class ResolveDialog : public QDialog
{
    Q_OBJECT
public:
    ResolveDialog(const PendingSale &sale, QWidget *parent = nullptr);
    ResolveRequest request() const;

private:
    void update();

    PendingSale m_sale;
    QRadioButton *m_success;
    QRadioButton *m_failed;
    QLineEdit *m_price;
    QPlainTextEdit *m_note;
    QPushButton *m_ok;
};

} // namespace Kasir
