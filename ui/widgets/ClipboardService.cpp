// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardService.h"

#include "common/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>

namespace sb {

namespace {

QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClipboardService& ClipboardService::instance()
{
    static auto* service = new ClipboardService(qApp);
    return *service;
}

ClipboardService::ClipboardService(QObject* parent)
    : QObject(parent)
{
    m_clearSeconds = Settings::instance().clipboardClearSeconds();
    connect(&Settings::instance(), &Settings::changed, this,
            [this] { m_clearSeconds = Settings::instance().clipboardClearSeconds(); });
    connect(&m_countdown, &Countdown::expired, this, &ClipboardService::clearIfOwned);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardService::clearIfOwned);
}

void ClipboardService::copySecret(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper and other managers skip history for data carrying this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_digest = digestOf(text);
    m_countdown.start(qint64(m_clearSeconds) * 1000);
    Q_EMIT secretCopied();
}

void ClipboardService::copyText(const QString& text)
{
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
    m_digest.clear();
    m_countdown.stop();
}

bool ClipboardService::holdsOurSecret() const
{
    return !m_digest.isEmpty()
        && digestOf(QGuiApplication::clipboard()->text(QClipboard::Clipboard)) == m_digest;
}

void ClipboardService::clearIfOwned()
{
    m_countdown.stop();
    if (holdsOurSecret()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        m_digest.clear();
        Q_EMIT cleared();
    }
    m_digest.clear();
}

void ClipboardService::setClearTimeout(int seconds)
{
    m_clearSeconds = std::max(1, seconds);
}

} // namespace sb
