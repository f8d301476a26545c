// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"
#include "secrets/VaultContent.h"

#include <QList>
#include <QString>

#include <vector>

namespace sb {

struct LeakFinding
{
    qsizetype offset = 0; // bytes into the text
    qsizetype length = 0;
    int line = 1; // 1-based
    int column = 1; // 1-based, in characters
    QString secret; // "project / name", with " (version N)" for an old value
    QString form; // "raw", "base64", "base64url", "hex", "URL-encoded", "JSON-escaped"
    QString part; // "value", "MongoDB password" or "key passphrase"
    bool currentValue = true;

    // "line 3, column 12: prod / MONGO_URL (MongoDB password, URL-encoded)" -- never the secret.
    QString describe() const;
};

// Finds secrets in a text: every place where a value appears raw, base64
// (standard or url-safe, at any alignment inside a longer base64 run), hex,
// URL-encoded or JSON-escaped, and a MongoDB URL's password on its own. The
// needles live in wiping memory; the findings say where and what, never the
// value. Matching is a single pass over the text with an 8-byte prefix index.
class LeakChecker
{
public:
    LeakChecker();
    ~LeakChecker();
    LeakChecker(const LeakChecker&) = delete;
    LeakChecker& operator=(const LeakChecker&) = delete;
    LeakChecker(LeakChecker&&) noexcept;
    LeakChecker& operator=(LeakChecker&&) noexcept;

    void addSecret(const QString& label, ProjectSecretType type, QByteArrayView value, bool current = true);
    // Every secret of `content` (or of one project when `project` is set);
    // old versions too when `withHistory`.
    void addVault(const VaultContent& content, const QString& project = {}, bool withHistory = false);

    qsizetype needleCount() const;
    QList<LeakFinding> scan(QByteArrayView text) const;

private:
    struct Needle
    {
        qsizetype offset; // into m_bytes
        qsizetype length;
        int source; // index into m_sources
        quint8 form;
        bool password;
    };
    struct Source
    {
        QString label;
        bool current;
        QString passwordPart; // what a `password` needle of this source is
    };

    void addForms(QByteArrayView value, int source, bool password);
    void addNeedle(QByteArrayView bytes, int source, quint8 form, bool password);
    void buildIndex() const;

    SecureBuffer m_bytes; // every needle's bytes, one after the other
    std::vector<Needle> m_needles;
    std::vector<Source> m_sources;
    // Sorted (8-byte prefix, needle) pairs for needles of 8 bytes and more.
    mutable std::vector<std::pair<quint64, int>, WipingAllocator<std::pair<quint64, int>>> m_index;
    mutable std::vector<int> m_shortNeedles;
    mutable bool m_indexed = false;
};

} // namespace sb
