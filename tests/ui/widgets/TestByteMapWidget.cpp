// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ByteMapWidget.h"
#include "widgets/HexView.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;

// The byte map and the hex view it drives.
class TestByteMapWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bandsToScale_data();
    void bandsToScale();
    void selectByClickAndKeys();
    void hexViewRowsAndSelection();
};

void TestByteMapWidget::bandsToScale_data()
{
    QTest::addColumn<QList<qsizetype>>("lengths");
    QTest::newRow("Port-managed") << QList<qsizetype> { 16, 100, 16 };
    QTest::newRow("client-side 2048") << QList<qsizetype> { 12, 256, 40, 16 };
    QTest::newRow("tiny IV in a big envelope") << QList<qsizetype> { 12, 512, 20000, 16 };
}

void TestByteMapWidget::bandsToScale()
{
    QFETCH(QList<qsizetype>, lengths);
    ByteMapWidget map;
    map.resize(800, map.sizeHint().height());
    QList<ByteMapWidget::Band> bands;
    qsizetype offset = 0;
    for (const qsizetype length : lengths) {
        bands.append({ QStringLiteral("part %1").arg(bands.size()), offset, length, Qt::blue });
        offset += length;
    }
    map.setBands(bands, offset);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    qreal barWidth = 0;
    for (int i = 0; i < bands.size(); ++i) {
        barWidth += map.bandRect(i).width();
    }
    const qreal scale
        = map.bandRect(0).width() >= ByteMapWidget::MinimumBandWidth ? (map.width() - 16.0) / offset : 0;
    for (int i = 0; i < bands.size(); ++i) {
        const QRectF r = map.bandRect(i);
        const qreal expected = std::max(ByteMapWidget::MinimumBandWidth, bands[i].length * scale);
        QVERIFY2(qAbs(r.width() - expected) < 0.01,
                 qPrintable(QStringLiteral("band %1: %2 vs %3").arg(i).arg(r.width()).arg(expected)));
        if (i > 0) {
            QVERIFY(r.left() >= map.bandRect(i - 1).left());
        }
        // Every part has a legend entry, however thin its band.
        QVERIFY(map.legendRect(i).isValid());
    }
}

void TestByteMapWidget::selectByClickAndKeys()
{
    ByteMapWidget map;
    map.resize(800, map.sizeHint().height());
    map.setBands({ { QStringLiteral("IV"), 0, 16, Qt::blue },
                   { QStringLiteral("ciphertext"), 16, 64, Qt::green },
                   { QStringLiteral("tag"), 80, 16, Qt::yellow } },
                 96);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QSignalSpy changed(&map, &ByteMapWidget::currentBandChanged);
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.bandRect(1).center().toPoint());
    QCOMPARE(map.currentBand(), 1);
    QCOMPARE(changed.last().first().toInt(), 1);
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.legendRect(2).center());
    QCOMPARE(map.currentBand(), 2);
    map.setFocus();
    QTest::keyClick(&map, Qt::Key_Left);
    QCOMPARE(map.currentBand(), 1);
    QTest::keyClick(&map, Qt::Key_Home);
    QCOMPARE(map.currentBand(), 0);
    QVERIFY(map.accessibleDescription().contains(QLatin1String("ciphertext at offset 16, 64 bytes")));
}

void TestByteMapWidget::hexViewRowsAndSelection()
{
    HexView hex;
    QByteArray data;
    for (int i = 0; i < 40; ++i) {
        data.append(char(i + 0x41));
    }
    hex.setData(data, 0x100);
    QCOMPARE(hex.rowCount(), 3);
    QCOMPARE(
        hex.rowText(0),
        QStringLiteral("00000100  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  |ABCDEFGHIJKLMNOP|"));
    QVERIFY(hex.rowText(2).startsWith(QLatin1String("00000120  61 62 63 64 65 66 67 68")));
    hex.setSelection(16, 100);
    QCOMPARE(hex.selectionOffset(), 16);
    QCOMPARE(hex.selectionLength(), 24); // clamped to the data
    hex.resize(hex.sizeHint());
    hex.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hex));
    QVERIFY(!hex.grab().isNull());
}

QTEST_MAIN(TestByteMapWidget)
#include "TestByteMapWidget.moc"
