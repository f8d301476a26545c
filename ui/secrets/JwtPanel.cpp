// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtPanel.h"

#include "SeverityText.h"
#include "secrets/Jwt.h"
#include "widgets/ClipboardService.h"
#include "widgets/CodeEditor.h"
#include "widgets/JsonHighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb {

namespace {
const QString DefaultClaims = QStringLiteral("{\n  \"sub\": \"workflow\",\n  \"role\": \"service\"\n}");
} // namespace

JwtPanel::JwtPanel(QWidget* parent)
    : QWidget(parent)
    , m_algorithm(new QComboBox(this))
    , m_strength(new QLabel(this))
    , m_generate(new QPushButton(tr("Generate a new secret…"), this))
    , m_claims(new CodeEditor(this))
    , m_issuedAt(new QCheckBox(tr("Add iat (now)"), this))
    , m_expiresIn(new QLineEdit(this))
    , m_sign(new QPushButton(tr("Sign"), this))
    , m_token(new QPlainTextEdit(this))
    , m_copyToken(new QPushButton(tr("Copy token"), this))
    , m_signResult(new QLabel(this))
    , m_verifyInput(new QPlainTextEdit(this))
    , m_leeway(new QSpinBox(this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_verifyResult(new QLabel(this))
{
    setObjectName(QStringLiteral("jwtPanel"));
    m_algorithm->setObjectName(QStringLiteral("jwtAlgorithm"));
    m_algorithm->setAccessibleName(tr("Algorithm"));
    for (Jwt::Algorithm a : { Jwt::Algorithm::HS256, Jwt::Algorithm::HS384, Jwt::Algorithm::HS512 }) {
        m_algorithm->addItem(Jwt::algorithmName(a), int(a));
    }
    m_strength->setObjectName(QStringLiteral("jwtStrength"));
    m_strength->setWordWrap(true);
    m_strength->setTextFormat(Qt::RichText);
    m_generate->setObjectName(QStringLiteral("generateSecret"));
    m_generate->setToolTip(
        tr("Replace the value with random bytes from the system's generator (base64url), as "
           "many as the chosen algorithm needs. The current value stays in the history."));
    m_claims->setObjectName(QStringLiteral("claimsEditor"));
    m_claims->setAccessibleName(tr("Claims"));
    m_claims->setPlainText(DefaultClaims);
    m_claims->setMaximumHeight(110);
    new JsonHighlighter(m_claims->document());
    m_issuedAt->setObjectName(QStringLiteral("addIssuedAt"));
    m_issuedAt->setChecked(true);
    m_expiresIn->setObjectName(QStringLiteral("expiresIn"));
    m_expiresIn->setAccessibleName(tr("Expires in"));
    m_expiresIn->setText(QStringLiteral("1h"));
    m_expiresIn->setPlaceholderText(tr("never; or 10m, 1h, 7d"));
    m_expiresIn->setToolTip(tr("Adds exp: seconds, or a number with s, m, h, d or w"));
    m_sign->setObjectName(QStringLiteral("signToken"));
    m_token->setObjectName(QStringLiteral("tokenOutput"));
    m_token->setAccessibleName(tr("Signed token"));
    m_token->setReadOnly(true);
    m_token->setMaximumHeight(70);
    m_copyToken->setObjectName(QStringLiteral("copyToken"));
    m_copyToken->setEnabled(false);
    m_signResult->setObjectName(QStringLiteral("signResult"));
    m_signResult->setWordWrap(true);
    m_signResult->setTextFormat(Qt::RichText);
    m_verifyInput->setObjectName(QStringLiteral("tokenInput"));
    m_verifyInput->setAccessibleName(tr("Token to verify"));
    m_verifyInput->setPlaceholderText(tr("Paste a token (header.payload.signature)"));
    m_verifyInput->setMaximumHeight(70);
    m_verifyInput->setTabChangesFocus(true); // a token has no tabs; Tab moves on
    m_leeway->setObjectName(QStringLiteral("leeway"));
    m_leeway->setAccessibleName(tr("Leeway"));
    m_leeway->setRange(0, 3600);
    m_leeway->setSuffix(tr(" s"));
    m_verify->setObjectName(QStringLiteral("verifyToken"));
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::RichText);

    auto* strengthBox = new QGroupBox(tr("JWT secret"), this);
    auto* strengthLayout = new QVBoxLayout(strengthBox);
    auto* algorithmRow = new QHBoxLayout;
    algorithmRow->addWidget(new QLabel(tr("Algorithm:"), strengthBox));
    algorithmRow->addWidget(m_algorithm);
    algorithmRow->addStretch(1);
    algorithmRow->addWidget(m_generate);
    strengthLayout->addLayout(algorithmRow);
    strengthLayout->addWidget(m_strength);

    auto* signBox = new QGroupBox(tr("Sign a token"), this);
    auto* signLayout = new QFormLayout(signBox);
    signLayout->addRow(tr("Claims:"), m_claims);
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_issuedAt);
    timeRow->addWidget(new QLabel(tr("Expires in:"), signBox));
    timeRow->addWidget(m_expiresIn);
    timeRow->addWidget(m_sign);
    signLayout->addRow(timeRow);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copyToken, 0, Qt::AlignTop);
    signLayout->addRow(tr("Token:"), tokenRow);
    signLayout->addRow(m_signResult);

    auto* verifyBox = new QGroupBox(tr("Verify a token"), this);
    auto* verifyLayout = new QFormLayout(verifyBox);
    verifyLayout->addRow(tr("Token:"), m_verifyInput);
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(new QLabel(tr("Leeway:"), verifyBox));
    verifyRow->addWidget(m_leeway);
    verifyRow->addStretch(1);
    verifyRow->addWidget(m_verify);
    verifyLayout->addRow(verifyRow);
    verifyLayout->addRow(m_verifyResult);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(strengthBox);
    layout->addWidget(signBox);
    layout->addWidget(verifyBox);
    layout->addStretch(1);

    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &JwtPanel::updateStrength);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        Q_EMIT generateRequested(
            Jwt::recommendedRandomBytes(Jwt::Algorithm(m_algorithm->currentData().toInt())));
    });
    connect(m_sign, &QPushButton::clicked, this, &JwtPanel::sign);
    connect(m_verify, &QPushButton::clicked, this, &JwtPanel::verify);
    connect(m_copyToken, &QPushButton::clicked, this, [this] {
        // A token is a credential too: it goes through the clearing clipboard.
        ClipboardService::instance().copySecret(m_token->toPlainText());
    });
}

void JwtPanel::setSecret(SecureBuffer secret)
{
    m_secret = std::move(secret);
    m_token->clear();
    m_copyToken->setEnabled(false);
    m_signResult->clear();
    m_verifyResult->clear();
    updateStrength();
}

void JwtPanel::clear()
{
    m_secret.clear();
    m_token->clear();
    m_verifyInput->clear();
    m_copyToken->setEnabled(false);
    m_signResult->clear();
    m_verifyResult->clear();
    m_strength->clear();
    m_claims->setPlainText(DefaultClaims);
}

void JwtPanel::updateStrength()
{
    if (m_secret.isEmpty()) {
        m_strength->clear();
        return;
    }
    QStringList lines;
    const auto chosen = Jwt::Algorithm(m_algorithm->currentData().toInt());
    for (Jwt::Algorithm a : { Jwt::Algorithm::HS256, Jwt::Algorithm::HS384, Jwt::Algorithm::HS512 }) {
        const Jwt::Strength s = Jwt::assessSecret(m_secret.view(), a);
        const QString line
            = severityHtml(s.severity, QStringLiteral("%1: %2").arg(Jwt::algorithmName(a), s.message));
        lines << (a == chosen ? QStringLiteral("<b>%1</b>").arg(line) : line);
        if (s.documentationExample) {
            lines = { line };
            break;
        }
    }
    m_strength->setText(lines.join(QStringLiteral("<br>")));
}

void JwtPanel::sign()
{
    Jwt::SignOptions options;
    options.algorithm = Jwt::Algorithm(m_algorithm->currentData().toInt());
    options.claimsJson = m_claims->toPlainText().toUtf8();
    options.issuedAt = m_issuedAt->isChecked();
    if (!m_expiresIn->text().trimmed().isEmpty()) {
        auto seconds = Jwt::parseDuration(m_expiresIn->text());
        if (!seconds) {
            m_signResult->setText(severityHtml(Severity::Error, seconds.error().message));
            return;
        }
        options.expiresInSeconds = *seconds;
    }
    auto token = Jwt::sign(m_secret.view(), options);
    if (!token) {
        m_token->clear();
        m_copyToken->setEnabled(false);
        m_signResult->setText(severityHtml(Severity::Error, token.error().message));
        return;
    }
    m_token->setPlainText(QString::fromLatin1(*token));
    m_copyToken->setEnabled(true);
    const Jwt::Strength s = Jwt::assessSecret(m_secret.view(), options.algorithm);
    m_signResult->setText(
        s.sufficient
            ? severityHtml(Severity::Ok, tr("Signed with %1.").arg(Jwt::algorithmName(options.algorithm)))
            : severityHtml(Severity::Warning, tr("Signed, but %1").arg(s.message)));
}

void JwtPanel::verify()
{
    Jwt::VerifyOptions options;
    options.expected = Jwt::Algorithm(m_algorithm->currentData().toInt());
    options.leewaySeconds = m_leeway->value();
    const Jwt::Verification v = Jwt::verify(m_secret.view(), m_verifyInput->toPlainText().toUtf8(), options);
    QStringList lines;
    lines << (v.valid()
                  ? severityHtml(Severity::Ok, tr("Valid token."))
                  : severityHtml(Severity::Error, tr("Refused: the %1 check failed.").arg(v.failedCheck())));
    for (const Jwt::Check& check : v.checks) {
        lines << severityHtml(check.severity, QStringLiteral("%1: %2").arg(check.name, check.message));
    }
    if (!v.claimsJson.isEmpty()) {
        lines << tr("Claims: <code>%1</code>").arg(QString::fromUtf8(v.claimsJson).toHtmlEscaped());
    }
    m_verifyResult->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace sb
