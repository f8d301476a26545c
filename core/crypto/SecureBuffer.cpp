// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBuffer.h"

#include <QByteArray>

#include <openssl/crypto.h>

namespace sb {

void secureWipe(void* data, std::size_t size)
{
    if (data && size) {
        OPENSSL_cleanse(data, size);
    }
}

SecureBuffer::SecureBuffer(qsizetype size)
    : m_bytes(static_cast<std::size_t>(size), 0)
{ }

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBuffer SecureBuffer::copyOf(QByteArrayView bytes)
{
    SecureBuffer buffer;
    buffer.append(bytes);
    return buffer;
}

SecureBuffer SecureBuffer::uninitialized(qsizetype size)
{
    SecureBuffer buffer;
    buffer.m_bytes.resize(static_cast<std::size_t>(size));
    return buffer;
}

SecureBuffer SecureBuffer::clone() const
{
    return copyOf(view());
}

void SecureBuffer::resize(qsizetype size)
{
    if (size < this->size()) {
        secureWipe(m_bytes.data() + size, static_cast<std::size_t>(this->size() - size));
    }
    m_bytes.resize(static_cast<std::size_t>(size), 0);
}

void SecureBuffer::resizeUninitialized(qsizetype size)
{
    if (size < this->size()) {
        secureWipe(m_bytes.data() + size, static_cast<std::size_t>(this->size() - size));
    }
    m_bytes.resize(static_cast<std::size_t>(size));
}

void SecureBuffer::reserve(qsizetype size)
{
    m_bytes.reserve(static_cast<std::size_t>(size));
}

void SecureBuffer::append(QByteArrayView bytes)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(bytes.data());
    m_bytes.insert(m_bytes.end(), begin, begin + bytes.size());
}

void SecureBuffer::append(char c)
{
    m_bytes.push_back(static_cast<unsigned char>(c));
}

void SecureBuffer::clear()
{
    secureWipe(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

bool SecureBuffer::constantTimeEquals(QByteArrayView other) const
{
    return sb::constantTimeEquals(view(), other);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size())) == 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isDetached()) {
        // Shared storage belongs to someone else too: only drop our reference.
        bytes.clear();
        return;
    }
    secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace sb
