// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sb {

class FormPreviewWorkspace;

// "Generate key pair…" of the form preview: an RSA key pair (2048, 3072 or
// 4096 bits, generated off the UI thread) for a client-side input, whose
// public key the workspace writes into the definition; then "Save the private
// half in the vault" as an rsa-private-key entry of a project the user picks.
// Modeless, so that the vault can be unlocked while it is open.
class KeyPairDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyPairDialog(FormPreviewWorkspace* workspace);

    // Generates with the chosen input and size; generated() follows.
    void generate();
    void save();

Q_SIGNALS:
    void generated(bool ok);

private:
    void refreshInputs();
    void refreshVault();
    void updateSaveButton();

    FormPreviewWorkspace* m_workspace;
    QComboBox* m_input;
    QComboBox* m_bits;
    QPushButton* m_generate;
    QLabel* m_status;
    QGroupBox* m_saveGroup;
    QComboBox* m_project;
    QLineEdit* m_name;
    QPushButton* m_save;
    QPushButton* m_unlock;
    QLabel* m_saveStatus;
    bool m_busy = false;
    bool m_saved = false; // the "Saved as" confirmation stays until the next key
};

} // namespace sb
