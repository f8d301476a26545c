// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureBuffer.h"

#include <QTest>

#include <type_traits>

using namespace sb;

// No implicit copies and no conversions to Qt strings: checked at compile time.
static_assert(!std::is_copy_constructible_v<SecureBuffer>);
static_assert(!std::is_copy_assignable_v<SecureBuffer>);
static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);
static_assert(!std::is_convertible_v<SecureBuffer, QByteArray>);
static_assert(!std::is_convertible_v<SecureBuffer, QString>);

class TestSecureBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void basics();
    void moveEmptiesTheSource();
    void shrinkWipesTheTail();
    void growthIsZeroFilled();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void wipeByteArray();
};

void TestSecureBuffer::basics()
{
    SecureBuffer buffer = SecureBuffer::copyOf("abc");
    QCOMPARE(buffer.size(), 3);
    buffer.append("def");
    buffer.append('g');
    QCOMPARE(buffer.view(), QByteArrayView("abcdefg"));
    SecureBuffer copy = buffer.clone();
    QCOMPARE(copy.view(), buffer.view());
    QVERIFY(copy.data() != buffer.data());
    buffer.clear();
    QVERIFY(buffer.isEmpty());
    QCOMPARE(SecureBuffer(4).view(), QByteArrayView("\0\0\0\0", 4));
}

void TestSecureBuffer::moveEmptiesTheSource()
{
    SecureBuffer a = SecureBuffer::copyOf("secret");
    SecureBuffer b(std::move(a));
    QCOMPARE(b.view(), QByteArrayView("secret"));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state is the point
    SecureBuffer c;
    c = std::move(b);
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(c.view(), QByteArrayView("secret"));
}

void TestSecureBuffer::shrinkWipesTheTail()
{
    SecureBuffer buffer = SecureBuffer::copyOf("0123456789");
    const unsigned char* data = buffer.data();
    buffer.resize(4);
    QCOMPARE(buffer.data(), data); // same storage, no reallocation
    // The bytes past the new end were scrubbed (inspected through the old pointer,
    // which still points into the vector's capacity).
    for (int i = 4; i < 10; ++i) {
        QCOMPARE(int(data[i]), 0);
    }
}

void TestSecureBuffer::growthIsZeroFilled()
{
    // Vault padding and other formats rely on resize() zero-filling new bytes,
    // even when reused storage held a secret before.
    SecureBuffer buffer = SecureBuffer::copyOf(QByteArray(64, 'S'));
    buffer.resize(0);
    buffer.resize(64);
    QCOMPARE(buffer.view(), QByteArrayView(QByteArray(64, '\0')));
    SecureBuffer fresh;
    fresh.resize(16);
    QCOMPARE(fresh.view(), QByteArrayView(QByteArray(16, '\0')));
}

void TestSecureBuffer::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("tag-bytes") << QByteArray("tag-bytes") << true;
    QTest::newRow("last byte") << QByteArray("tag-bytes") << QByteArray("tag-bytez") << false;
    QTest::newRow("length") << QByteArray("tag") << QByteArray("tag-bytes") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
}

void TestSecureBuffer::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(sb::constantTimeEquals(a, b), equal);
    QCOMPARE(SecureBuffer::copyOf(a).constantTimeEquals(b), equal);
}

void TestSecureBuffer::wipeByteArray()
{
    QByteArray owned("secret-value");
    owned.detach();
    const char* data = owned.constData();
    wipe(owned);
    QVERIFY(owned.isEmpty());
    Q_UNUSED(data);
    // Shared data is never scribbled on: the other owner keeps its value.
    QByteArray shared("shared-value");
    QByteArray other = shared;
    wipe(shared);
    QCOMPARE(other, QByteArray("shared-value"));
}

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "TestSecureBuffer.moc"
