// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretField.h"

#include "common/Settings.h"
#include "widgets/ClipboardService.h"

#include "UiResources.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace sb {

SecretField::SecretField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_revealButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
{
    initUiResources();
    m_revealSeconds = Settings::instance().revealSeconds();
    connect(&Settings::instance(), &Settings::changed, this,
            [this] { setRevealTimeout(Settings::instance().revealSeconds()); });
    m_edit->setObjectName(QStringLiteral("secretEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Secrets are not for autocompletion, drag-out or undo history across reveal.
    m_edit->setDragEnabled(false);
    m_edit->setContextMenuPolicy(Qt::NoContextMenu);

    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setCheckable(true);
    m_revealButton->setIcon(QIcon(QStringLiteral(":/icons/reveal.svg")));
    m_revealButton->setToolTip(
        tr("Show the value (hidden again after %n seconds)", nullptr, m_revealSeconds));
    m_revealButton->setAccessibleName(tr("Show value"));

    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copyButton->setToolTip(tr("Copy (the clipboard is cleared after %n seconds)", nullptr,
                                ClipboardService::instance().clearTimeout()));
    m_copyButton->setAccessibleName(tr("Copy value"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_revealButton);
    layout->addWidget(m_copyButton);
    setFocusProxy(m_edit);
    // A compound widget for the tab chain: reordering it moves its buttons along.
    setFocusPolicy(Qt::StrongFocus);

    connect(m_edit, &QLineEdit::textChanged, this, &SecretField::textChanged);
    connect(m_revealButton, &QToolButton::toggled, this, &SecretField::setRevealed);
    connect(m_copyButton, &QToolButton::clicked, this, &SecretField::copy);
    connect(&m_remask, &Countdown::expired, this, [this] { setRevealed(false); });
}

QString SecretField::text() const
{
    return m_edit->text();
}

void SecretField::setText(const QString& text)
{
    m_edit->setText(text);
}

SecureBuffer SecretField::secret() const
{
    QByteArray utf8 = m_edit->text().toUtf8();
    SecureBuffer out = SecureBuffer::copyOf(utf8);
    wipe(utf8);
    return out;
}

void SecretField::clear()
{
    m_edit->clear();
    setRevealed(false);
}

void SecretField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void SecretField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void SecretField::setCopyVisible(bool visible)
{
    m_copyButton->setVisible(visible);
}

void SecretField::setAccessibleName(const QString& name)
{
    QWidget::setAccessibleName(name);
    m_edit->setAccessibleName(name);
}

void SecretField::setRevealed(bool revealed)
{
    if (revealed == m_revealed) {
        return;
    }
    m_revealed = revealed;
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_revealButton->setChecked(revealed);
    m_revealButton->setIcon(
        QIcon(revealed ? QStringLiteral(":/icons/conceal.svg") : QStringLiteral(":/icons/reveal.svg")));
    m_revealButton->setAccessibleName(revealed ? tr("Hide value") : tr("Show value"));
    if (revealed) {
        m_remask.start(qint64(m_revealSeconds) * 1000);
    } else {
        m_remask.stop();
    }
    Q_EMIT revealedChanged(revealed);
}

void SecretField::setRevealTimeout(int seconds)
{
    m_revealSeconds = std::max(1, seconds);
    m_revealButton->setToolTip(
        tr("Show the value (hidden again after %n seconds)", nullptr, m_revealSeconds));
}

void SecretField::copy()
{
    if (!m_edit->text().isEmpty()) {
        ClipboardService::instance().copySecret(m_edit->text());
    }
}

} // namespace sb
