// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Envelope benchmarks: see docs/benchmarks.md and bench/run-envelope-bench.sh,
// which runs this next to the references (openssl speed, Node.js, pycryptodome).
//
//   secretbench-bench-envelopes generate COUNT VALUE_BYTES SECRET_FILE OUT
//       COUNT Port-managed envelopes of VALUE_BYTES-byte values, one per line
//   secretbench-bench-envelopes large SECONDS SECRET_FILE
//       decrypt one 1 MiB value end to end (base64 text in, checked UTF-8 out), MiB/s
//   secretbench-bench-envelopes client-side SECONDS PRIVATE_PEM PUBLIC_PEM
//       client-side decryptions per second on one thread
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "crypto/SecretValue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace sb;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(4);
    }
    QByteArray data = file.readAll();
    if (data.endsWith('\n')) {
        data.chop(1);
    }
    return data;
}

int generate(const QStringList& args)
{
    const qint64 count = args.value(0).toLongLong();
    const qsizetype valueBytes = args.value(1).toLongLong();
    auto cipher = PortManagedCipher::fromClientSecret(readFile(args.value(2)));
    QFile out(args.value(3));
    if (!cipher || count <= 0 || !out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "usage: generate COUNT VALUE_BYTES SECRET_FILE OUT\n");
        return 2;
    }
    QByteArray value(valueBytes, 'v');
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        value.replace(0, std::min(n.size(), value.size()), n.left(value.size()));
        out.write(encodeEnvelopeText(*cipher->encrypt(value)) + '\n');
    }
    return 0;
}

int large(const QStringList& args)
{
    const double seconds = args.value(0).toDouble();
    auto cipher = PortManagedCipher::fromClientSecret(readFile(args.value(1)));
    const QByteArray text = encodeEnvelopeText(*cipher->encrypt(QByteArray(1 << 20, 'x')));
    QElapsedTimer timer;
    timer.start();
    qint64 rounds = 0;
    while (timer.nsecsElapsed() < seconds * 1e9) {
        auto envelope = decodeEnvelopeText(text);
        auto plaintext = cipher->decrypt(envelope->bytes);
        if (!plaintext || !checkDecryptedValue(SecretType::String, plaintext->view())) {
            return 1;
        }
        ++rounds;
    }
    const double elapsed = timer.nsecsElapsed() / 1e9;
    std::printf("%.1f\n", rounds / elapsed); // MiB of plaintext per second
    return 0;
}

int clientSide(const QStringList& args)
{
    const double seconds = args.value(0).toDouble();
    auto key = RsaPrivateKey::fromPem(readFile(args.value(1)));
    auto publicKey = RsaPublicKey::fromPem(readFile(args.value(2)));
    if (!key || !publicKey) {
        return 2;
    }
    const QByteArray envelope = *ClientSideEncryptor::create(*publicKey)->encrypt(QByteArray(64, 'v'));
    ClientSideDecryptor decryptor(*key);
    QElapsedTimer timer;
    timer.start();
    qint64 rounds = 0;
    while (timer.nsecsElapsed() < seconds * 1e9) {
        if (!decryptor.decrypt(envelope)) {
            return 1;
        }
        ++rounds;
    }
    std::printf("%.1f\n", rounds / (timer.nsecsElapsed() / 1e9));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == QLatin1String("generate")) {
        return generate(args.mid(1));
    }
    if (mode == QLatin1String("large")) {
        return large(args.mid(1));
    }
    if (mode == QLatin1String("client-side")) {
        return clientSide(args.mid(1));
    }
    std::fprintf(stderr, "usage: %s generate|large|client-side ...\n", argv[0]);
    return 2;
}
