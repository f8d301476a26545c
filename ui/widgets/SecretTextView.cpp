// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretTextView.h"

#include "common/Settings.h"

#include "common/JsonText.h"
#include "common/Utf8.h"
#include "widgets/ClipboardService.h"
#include "widgets/JsonHighlighter.h"

#include "UiResources.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

SecretTextView::SecretTextView(QWidget* parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_revealButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
    , m_status(new QLabel(this))
{
    initUiResources();
    m_text->setObjectName(QStringLiteral("secretText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setContextMenuPolicy(Qt::NoContextMenu); // copying goes through the copy button only
    m_text->setUndoRedoEnabled(false);
    m_text->setAccessibleName(tr("Decrypted value"));

    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setCheckable(true);
    m_revealButton->setIcon(QIcon(QStringLiteral(":/icons/reveal.svg")));
    m_revealButton->setText(tr("Reveal"));
    m_revealButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_revealButton->setAccessibleName(tr("Show value"));

    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyButton->setToolTip(tr("Copy the value (the clipboard is cleared after %n seconds)", nullptr,
                                ClipboardService::instance().clearTimeout()));
    m_copyButton->setAccessibleName(tr("Copy value"));

    m_status->setObjectName(QStringLiteral("secretStatus"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revealButton);
    buttons->addWidget(m_copyButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_text, 1);
    setTabOrder(m_copyButton, m_text); // the buttons are above the text

    connect(m_revealButton, &QToolButton::toggled, this, &SecretTextView::setRevealed);
    connect(m_copyButton, &QToolButton::clicked, this, &SecretTextView::copy);
    connect(&m_remask, &Countdown::expired, this, [this] { setRevealed(false); });
    setRevealTimeout(Settings::instance().revealSeconds());
    connect(&Settings::instance(), &Settings::changed, this,
            [this] { setRevealTimeout(Settings::instance().revealSeconds()); });
    clear();
}

void SecretTextView::setSecret(SecureBuffer plaintext)
{
    setRevealed(false);
    m_plaintext = std::move(plaintext);
    m_hasSecret = true;
    m_utf8 = Utf8::firstInvalid(m_plaintext.view()) < 0;
    m_json = m_utf8 && !m_plaintext.isEmpty() && JsonText::validate(m_plaintext.view()).has_value();
    m_revealButton->setEnabled(true);
    m_copyButton->setEnabled(true);
    showMask();
}

void SecretTextView::clear()
{
    setRevealed(false);
    m_plaintext.clear();
    m_hasSecret = false;
    m_revealButton->setEnabled(false);
    m_copyButton->setEnabled(false);
    m_status->clear();
    m_text->clear();
}

void SecretTextView::setRevealTimeout(int seconds)
{
    m_revealSeconds = std::max(1, seconds);
    m_revealButton->setToolTip(
        tr("Show the value (hidden again after %n seconds)", nullptr, m_revealSeconds));
}

void SecretTextView::setRevealed(bool revealed)
{
    revealed = revealed && m_hasSecret;
    if (revealed == m_revealed) {
        m_revealButton->setChecked(revealed);
        return;
    }
    m_revealed = revealed;
    m_revealButton->setChecked(revealed);
    m_revealButton->setIcon(
        QIcon(revealed ? QStringLiteral(":/icons/conceal.svg") : QStringLiteral(":/icons/reveal.svg")));
    m_revealButton->setText(revealed ? tr("Hide") : tr("Reveal"));
    m_revealButton->setAccessibleName(revealed ? tr("Hide value") : tr("Show value"));
    if (revealed) {
        showValue();
        m_remask.start(qint64(m_revealSeconds) * 1000);
    } else {
        m_remask.stop();
        if (m_hasSecret) {
            showMask();
        }
    }
    Q_EMIT revealedChanged(revealed);
}

QString SecretTextView::displayedText() const
{
    return m_text->toPlainText();
}

void SecretTextView::showMask()
{
    delete m_highlighter;
    m_highlighter = nullptr;
    QString facts = tr("%n bytes", nullptr, static_cast<int>(m_plaintext.size()));
    facts += m_utf8 ? tr(", valid UTF-8") : tr(", not valid UTF-8");
    if (m_json) {
        facts += tr(", JSON");
    }
    m_status->setText(facts);
    m_text->setPlainText(
        QString(std::min<qsizetype>(std::max<qsizetype>(m_plaintext.size(), 8), 24), QChar(0x2022))
        + QLatin1Char('\n') + tr("Hidden. Reveal to show it for %n seconds.", nullptr, m_revealSeconds));
}

void SecretTextView::showValue()
{
    QString shown;
    if (m_json) {
        SecureBuffer pretty;
        if (JsonText::pretty(m_plaintext.view(), pretty)) {
            shown = QString::fromUtf8(pretty.view());
        }
    }
    if (shown.isEmpty() && m_utf8) {
        shown = QString::fromUtf8(m_plaintext.view());
    }
    if (!m_utf8) {
        // Bytes that are not text are shown as hex rather than mangled.
        shown = QString::fromLatin1(m_plaintext.view().toByteArray().toHex(' '));
    }
    if (m_json) {
        m_highlighter = new JsonHighlighter(m_text->document());
    }
    m_text->setPlainText(shown);
}

void SecretTextView::copy()
{
    if (!m_hasSecret) {
        return;
    }
    // The exact value, not its pretty-printed form.
    ClipboardService::instance().copySecret(
        m_utf8 ? QString::fromUtf8(m_plaintext.view())
               : QString::fromLatin1(m_plaintext.view().toByteArray().toHex()));
}

} // namespace sb
