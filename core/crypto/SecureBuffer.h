// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace sb {

// Scrubs memory with OPENSSL_cleanse before handing it back, including the old
// storage a growing vector leaves behind.
void secureWipe(void* data, std::size_t size);

template<typename T>
struct WipingAllocator
{
    using value_type = T;
    WipingAllocator() noexcept = default;
    template<typename U>
    WipingAllocator(const WipingAllocator<U>&) noexcept
    { }
    T* allocate(std::size_t n) { return std::allocator<T> {}.allocate(n); }
    // Default-initialise on growth without a value, so that outputs about to be
    // overwritten by a cipher are not zeroed first (resize() still zeroes).
    template<typename U>
    void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void*>(p)) U;
    }
    template<typename U, typename... Args>
    void construct(U* p, Args&&... args)
    {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
    void deallocate(T* p, std::size_t n) noexcept
    {
        secureWipe(p, n * sizeof(T));
        std::allocator<T> {}.deallocate(p, n);
    }
    template<typename U>
    bool operator==(const WipingAllocator<U>&) const noexcept
    {
        return true;
    }
};

// Holds key material and plaintext. Move-only: a copy must be asked for with
// clone(), and there is no conversion to QByteArray or QString, so a secret
// cannot slip into a log line or an implicitly shared string by accident.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(qsizetype size);
    ~SecureBuffer() = default;

    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;

    static SecureBuffer copyOf(QByteArrayView bytes);
    // Contents undefined: for outputs that are written whole before being read.
    static SecureBuffer uninitialized(qsizetype size);
    SecureBuffer clone() const;

    unsigned char* data() { return m_bytes.data(); }
    const unsigned char* data() const { return m_bytes.data(); }
    char* chars() { return reinterpret_cast<char*>(m_bytes.data()); }
    const char* chars() const { return reinterpret_cast<const char*>(m_bytes.data()); }
    qsizetype size() const { return static_cast<qsizetype>(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.empty(); }

    // A non-owning view, valid while this buffer is alive and unchanged.
    QByteArrayView view() const { return QByteArrayView(chars(), size()); }

    // Growth is zero-filled.
    void resize(qsizetype size);
    // Growth is left uninitialised: for a buffer about to be overwritten whole.
    void resizeUninitialized(qsizetype size);
    void reserve(qsizetype size);
    void append(QByteArrayView bytes);
    void append(char c);
    void clear();

    // Constant-time comparison of contents (lengths are not secret).
    bool constantTimeEquals(QByteArrayView other) const;

private:
    std::vector<unsigned char, WipingAllocator<unsigned char>> m_bytes;
};

// Constant-time comparison for tags, MACs and anything else secret.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// Wipes an implicitly shared byte array in place when nobody else shares it.
// Used for values Qt hands us (environment variables, clipboard text).
void wipe(QByteArray& bytes);

} // namespace sb
