#pragma once

#include "crypto/SecureBuffer.h"
#include "secrets/VaultContent.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sb {

class SecretField;

// Adds a secret, renames one, or replaces its value -- with the value
// checked as it is typed: a MongoDB URL by the driver (and the specification's
// escaping rules, with a one-click fix), a JWT secret by its strength. Only the
// redacted form of a URL is ever shown outside the masked field.
class SecretEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Add,
        Rename,
        Replace,
    };

    SecretEditorDialog(Mode mode, const QString& project, QWidget* parent = nullptr);
    ~SecretEditorDialog() override;

    // Names already used in the project (refused ignoring case).
    void setExistingNames(const QStringList& names);
    // For Rename and Replace: the secret being changed.
    void setSecret(const QString& name, ProjectSecretType type);

    Mode mode() const { return m_mode; }
    QString name() const;
    ProjectSecretType type() const;
    SecureBuffer value() const;

private:
    void validate();
    void applyFix();
    void generate();

    Mode m_mode;
    QString m_originalName;
    QStringList m_existing;
    QLineEdit* m_name;
    QComboBox* m_type;
    SecretField* m_value;
    QLabel* m_reference;
    QLabel* m_validation;
    QPushButton* m_fix;
    QPushButton* m_generate;
    QDialogButtonBox* m_buttons;
};

} // namespace sb
