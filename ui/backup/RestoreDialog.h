#pragma once

#include "backup/JournalBackups.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Kasir {

// Choosing a backup to restore: the journal's backups, newest first. A backup older than the
// journal's newest sales is refused unless the manager ticks the box that replaces them (the
// replaced journal is kept as a backup either way).
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QString &journalPath, QWidget *parent = nullptr);

    QString chosenBackup() const;
    bool force() const;
    // -1 until the chosen backup was compared with the journal (off the window's thread).
    int newerSales() const { return m_newer; }

    QListWidget *list() const { return m_list; }
    QCheckBox *forceBox() const { return m_force; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    void onChosen();
    void onCompared(int generation, int newer, const QString &error);

    QString m_journalPath;
    QList<BackupInfo> m_backups;
    int m_newer = -1;
    int m_generation = 0;
    QListWidget *m_list;
    QCheckBox *m_force;
    QLabel *m_message;
    QPushButton *m_restore;
};

} // namespace Kasir
