// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QImageReader>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

// The screenshot renderer at 200% in the dark theme, as CI sees it: every
// documented picture is written at twice the window's logical size, and the
// renderer finds no clipped text and no squeezed widget (exit code 3).
class TestScreenshotRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void picture_data();
    void picture();
    void noOtherPictures();

private:
    QTemporaryDir m_out;
    test::ProcessResult m_run;
};

namespace {
// docs/*.md, the README and the AppStream metainfo name these pictures.
const QStringList Views {
    QStringLiteral("form-preview"),
    QStringLiteral("form-preview-steps"),
    QStringLiteral("form-preview-keys"),
    QStringLiteral("form-preview-key-pair"),
    QStringLiteral("inspector"),
    QStringLiteral("inspector-value"),
    QStringLiteral("inspector-diagnosis"),
    QStringLiteral("inspector-batch"),
    QStringLiteral("inspector-keys"),
    QStringLiteral("project-secrets"),
    QStringLiteral("project-secrets-jwt"),
    QStringLiteral("project-secrets-leak-check"),
    QStringLiteral("project-secrets-keys"),
    QStringLiteral("project-secrets-key-editor"),
};
const QSize LogicalWindow(1280, 800);
} // namespace

void TestScreenshotRenderer::initTestCase()
{
    const QString renderer = qEnvironmentVariable("SECRETBENCH_SCREENSHOT_RENDERER");
    QVERIFY2(QFile::exists(renderer), "SECRETBENCH_SCREENSHOT_RENDERER names the renderer (set by CTest)");
    QVERIFY(m_out.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    m_run = test::run(renderer, { QStringLiteral("--theme"), QStringLiteral("dark"), m_out.path() }, {},
                      environment);
    QVERIFY2(!m_run.crashed, m_run.err.constData());
    QVERIFY2(m_run.exitCode == 0, m_run.err.constData());
}

void TestScreenshotRenderer::picture_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& view : Views) {
        QTest::newRow(qPrintable(view)) << view + QStringLiteral("-dark.png");
    }
}

void TestScreenshotRenderer::picture()
{
    QFETCH(QString, file);
    const QString path = QDir(m_out.path()).filePath(file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), LogicalWindow * 2);
    // The renderer reports what it wrote, with the size it wrote.
    QVERIFY(m_run.out.contains(QStringLiteral("%1 2560x1600").arg(path).toUtf8()));
}

void TestScreenshotRenderer::noOtherPictures()
{
    QStringList expected;
    for (const QString& view : Views) {
        expected << view + QStringLiteral("-dark.png");
    }
    expected.sort();
    QCOMPARE(QDir(m_out.path()).entryList({ QStringLiteral("*.png") }, QDir::Files, QDir::Name), expected);
}

QTEST_GUILESS_MAIN(TestScreenshotRenderer)
#include "TestScreenshotRenderer.moc"
