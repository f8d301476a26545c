// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb {

namespace {

QSpinBox*
boundedSpinBox(const Settings::Limits& limits, const QString& suffix, const QString& name, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(limits.minimum, limits.maximum);
    box->setSuffix(suffix);
    box->setObjectName(name);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_clipboardSeconds
        = boundedSpinBox(Settings::ClipboardClearSeconds, tr(" s"), QStringLiteral("clipboardSeconds"), this);
    m_revealSeconds
        = boundedSpinBox(Settings::RevealSeconds, tr(" s"), QStringLiteral("revealSeconds"), this);
    m_autoLockMinutes
        = boundedSpinBox(Settings::AutoLockMinutes, tr(" min"), QStringLiteral("autoLockMinutes"), this);
    m_autoLockMinutes->setSpecialValueText(tr("Never"));
    m_lockOnSessionLock = new QCheckBox(tr("Lock the vault when the desktop session locks"), this);
    m_lockOnSessionLock->setObjectName(QStringLiteral("lockOnSessionLock"));
    m_rememberPassphrase = new QCheckBox(tr("Remember the vault passphrase in the system keyring"), this);
    m_rememberPassphrase->setObjectName(QStringLiteral("rememberPassphrase"));
    m_rememberPassphrase->setToolTip(
        tr("Off by default. Anyone who can use your unlocked desktop session can then "
           "open the vault without the passphrase."));
    m_forgetPassphrase = new QPushButton(tr("Forget the stored passphrase"), this);
    m_forgetPassphrase->setObjectName(QStringLiteral("forgetPassphrase"));
    m_forgetPassphrase->setEnabled(false);
    m_kdfTarget
        = boundedSpinBox(Settings::KdfTargetMilliseconds, tr(" ms"), QStringLiteral("kdfTarget"), this);
    m_kdfTarget->setSingleStep(250);
    m_kdfTarget->setToolTip(
        tr("How long unlocking a new vault should take on this computer. Longer is harder to "
           "guess; never less than RFC 9106's minimum parameters."));

    m_backendUrl = new QLineEdit(this);
    m_backendUrl->setObjectName(QStringLiteral("backendUrl"));
    m_backendUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/"));
    m_backendTimeout
        = boundedSpinBox(Settings::BackendTimeoutSeconds, tr(" s"), QStringLiteral("backendTimeout"), this);

    m_systemFont = new QCheckBox(tr("Use the system's fixed-width font"), this);
    m_systemFont->setObjectName(QStringLiteral("systemFont"));
    m_fontFamily = new QFontComboBox(this);
    m_fontFamily->setObjectName(QStringLiteral("fontFamily"));
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontSize = boundedSpinBox(Settings::EditorFontSize, tr(" pt"), QStringLiteral("fontSize"), this);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));

    auto* security = new QGroupBox(tr("Security"), this);
    auto* securityForm = new QFormLayout(security);
    securityForm->addRow(tr("Clear the &clipboard after"), m_clipboardSeconds);
    securityForm->addRow(tr("Hide revealed &values after"), m_revealSeconds);
    securityForm->addRow(tr("&Lock the vault after inactivity of"), m_autoLockMinutes);
    securityForm->addRow(QString(), m_lockOnSessionLock);
    securityForm->addRow(QString(), m_rememberPassphrase);
    securityForm->addRow(QString(), m_forgetPassphrase);
    securityForm->addRow(tr("&Unlock time for new vaults"), m_kdfTarget);

    auto* backend = new QGroupBox(tr("Form preview"), this);
    auto* backendForm = new QFormLayout(backend);
    backendForm->addRow(tr("Default &backend URL"), m_backendUrl);
    backendForm->addRow(tr("Request &timeout"), m_backendTimeout);

    auto* appearance = new QGroupBox(tr("Appearance"), this);
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("T&heme"), m_theme);
    appearanceForm->addRow(QString(), m_systemFont);
    appearanceForm->addRow(tr("Editor &font"), m_fontFamily);
    appearanceForm->addRow(tr("Editor font si&ze"), m_fontSize);

    // Accessible names come from the visible labels.
    for (QFormLayout* form : { securityForm, backendForm, appearanceForm }) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto* label = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)
                                                    ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                    : nullptr);
            QWidget* field = form->itemAt(row, QFormLayout::FieldRole)
                ? form->itemAt(row, QFormLayout::FieldRole)->widget()
                : nullptr;
            if (label && field) {
                field->setAccessibleName(label->text().remove(QLatin1Char('&')));
            } else if (auto* check = qobject_cast<QCheckBox*>(field)) {
                check->setAccessibleName(check->text().remove(QLatin1Char('&')));
            } else if (auto* button = qobject_cast<QPushButton*>(field)) {
                button->setAccessibleName(button->text().remove(QLatin1Char('&')));
            }
        }
    }

    setTabOrder(m_backendTimeout, m_theme); // made last, shown first of its group
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::loadDefaults);
    connect(m_systemFont, &QCheckBox::toggled, m_fontFamily, &QWidget::setDisabled);
    connect(m_backendUrl, &QLineEdit::textChanged, this,
            [this] { m_okButton->setEnabled(backendUrlIsValid()); });
    connect(m_forgetPassphrase, &QPushButton::clicked, this, &SettingsDialog::forgetPassphraseRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(security);
    layout->addWidget(backend);
    layout->addWidget(appearance);
    layout->addWidget(buttons);

    load(settings);
}

void SettingsDialog::setForgetPassphraseAvailable(bool available)
{
    m_forgetPassphrase->setEnabled(available);
}

void SettingsDialog::load(const Settings& settings)
{
    m_clipboardSeconds->setValue(settings.clipboardClearSeconds());
    m_revealSeconds->setValue(settings.revealSeconds());
    m_autoLockMinutes->setValue(settings.autoLockMinutes());
    m_lockOnSessionLock->setChecked(settings.lockOnSessionLock());
    m_rememberPassphrase->setChecked(settings.rememberPassphraseInKeyring());
    m_kdfTarget->setValue(settings.kdfTargetMilliseconds());
    m_backendUrl->setText(settings.backendUrl().toString());
    m_backendTimeout->setValue(settings.backendTimeoutSeconds());
    const QString family = settings.editorFontFamily();
    m_systemFont->setChecked(family.isEmpty());
    m_fontFamily->setDisabled(family.isEmpty());
    m_fontFamily->setCurrentFont(
        QFont(family.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::FixedFont).family() : family));
    m_fontSize->setValue(settings.editorFontSize());
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));
}

void SettingsDialog::loadDefaults()
{
    m_clipboardSeconds->setValue(Settings::ClipboardClearSeconds.fallback);
    m_revealSeconds->setValue(Settings::RevealSeconds.fallback);
    m_autoLockMinutes->setValue(Settings::AutoLockMinutes.fallback);
    m_lockOnSessionLock->setChecked(true);
    m_rememberPassphrase->setChecked(false);
    m_kdfTarget->setValue(Settings::KdfTargetMilliseconds.fallback);
    m_backendUrl->setText(QStringLiteral("http://127.0.0.1:8080/"));
    m_backendTimeout->setValue(Settings::BackendTimeoutSeconds.fallback);
    m_systemFont->setChecked(true);
    m_fontSize->setValue(Settings::EditorFontSize.fallback);
    m_theme->setCurrentIndex(m_theme->findData(int(Settings::Theme::System)));
}

bool SettingsDialog::backendUrlIsValid() const
{
    const QUrl url(m_backendUrl->text().trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

void SettingsDialog::save()
{
    m_settings.setClipboardClearSeconds(m_clipboardSeconds->value());
    m_settings.setRevealSeconds(m_revealSeconds->value());
    m_settings.setAutoLockMinutes(m_autoLockMinutes->value());
    m_settings.setLockOnSessionLock(m_lockOnSessionLock->isChecked());
    m_settings.setRememberPassphraseInKeyring(m_rememberPassphrase->isChecked());
    m_settings.setKdfTargetMilliseconds(m_kdfTarget->value());
    if (backendUrlIsValid()) {
        m_settings.setBackendUrl(QUrl(m_backendUrl->text().trimmed()));
    }
    m_settings.setBackendTimeoutSeconds(m_backendTimeout->value());
    m_settings.setEditorFontFamily(m_systemFont->isChecked() ? QString()
                                                             : m_fontFamily->currentFont().family());
    m_settings.setEditorFontSize(m_fontSize->value());
    m_settings.setTheme(static_cast<Settings::Theme>(m_theme->currentData().toInt()));
    m_settings.sync();
}

} // namespace sb
