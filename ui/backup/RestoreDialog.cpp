#include "backup/RestoreDialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>

namespace Kasir {

RestoreDialog::RestoreDialog(const QString &journalPath, QWidget *parent)
    : QDialog(parent)
    , m_journalPath(journalPath)
    , m_backups(JournalBackups(journalPath).list())
    , m_list(new QListWidget(this))
    , m_force(new QCheckBox(this))
    , m_message(new QLabel(this))
    , m_restore(nullptr)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a backup"));
    resize(640, 440);
    std::reverse(m_backups.begin(), m_backups.end()); // newest first
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Choose the backup to put in place of the journal. The journal as it is now "
                        "is kept as a backup first. The window restarts to load the restored journal."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("backupList"));
    for (const BackupInfo &b : m_backups) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3 KB)")
                .arg(QLocale().toString(b.takenLocal, QStringLiteral("dd-MM-yyyy HH:mm")), b.label)
                .arg((b.size + 1023) / 1024),
            m_list);
        item->setToolTip(QDir::toNativeSeparators(b.path));
    }
    layout->addWidget(m_list, 1);
    // What the chosen backup means for the journal, then the box that accepts it.
    m_message->setObjectName(QStringLiteral("restoreMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_force->setObjectName(QStringLiteral("forceRestoreBox"));
    m_force->setEnabled(false);
    layout->addWidget(m_force);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_restore = buttons->button(QDialogButtonBox::Ok);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setText(tr("Restore and restart"));
    m_restore->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreDialog::onChosen);
    connect(m_force, &QCheckBox::toggled, this,
        [this](bool on) { m_restore->setEnabled(m_newer == 0 || (on && m_newer > 0)); });
    if (m_backups.isEmpty())
        m_message->setText(tr("There are no backups of this journal yet."));
}

void RestoreDialog::onChosen()
{
    m_force->setChecked(false);
    m_force->setEnabled(false);
    m_force->setText(QString());
    m_restore->setEnabled(false);
    m_newer = -1;
    const QString backup = chosenBackup();
    if (backup.isEmpty())
        return;
    // A comparison of every sale in two files: on a worker thread, so the window stays live.
    m_message->setText(tr("Comparing the backup with the journal…"));
    const int generation = ++m_generation;
    QPointer<RestoreDialog> self(this);
    const QString journal = m_journalPath;
    QThreadPool::globalInstance()->start([self, generation, journal, backup] {
        QString error;
        const int newer = JournalBackups::salesNewerThan(journal, backup, &error);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, newer, error] {
                if (self)
                    self->onCompared(generation, newer, error);
            },
            Qt::QueuedConnection);
    });
}

void RestoreDialog::onCompared(int generation, int newer, const QString &error)
{
    if (generation != m_generation)
        return; // another backup was chosen meanwhile
    m_newer = newer;
    if (m_newer < 0) {
        m_message->setText(tr("This backup cannot be compared with the journal: %1").arg(error));
        return;
    }
    if (m_newer == 0) {
        m_message->setText(tr("The backup holds every sale of the journal as it is now."));
        m_restore->setEnabled(true);
        return;
    }
    m_message->setText(
        tr("The journal holds %n sale(s) newer than this backup. Restoring it takes them out of "
           "the journal (they stay in the backup kept first).",
            nullptr, m_newer));
    m_force->setText(tr("Yes, replace the %n newer sale(s)", nullptr, m_newer));
    m_force->setEnabled(true);
}

QString RestoreDialog::chosenBackup() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).path : QString();
}

bool RestoreDialog::force() const
{
    return m_newer > 0 && m_force->isChecked();
}

} // namespace Kasir
