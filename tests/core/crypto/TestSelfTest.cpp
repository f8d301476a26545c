// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SelfTest.h"

#include <QTest>

class TestSelfTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passes()
    {
        const auto result = sb::SelfTest::run();
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "TestSelfTest.moc"
