#pragma once

#include "Command.h"

namespace sb::cli {

class KeygenCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("keygen"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_bits { QStringLiteral("bits"), QStringLiteral("Key size: 2048, 3072 or 4096."),
                                QStringLiteral("bits") };
    QCommandLineOption m_privateOut {
        QStringLiteral("private-out"),
        QStringLiteral("Write the private key (PKCS#8 PEM, mode 0600) to <file>."), QStringLiteral("file")
    };
    QCommandLineOption m_publicOut {
        QStringLiteral("public-out"),
        QStringLiteral("Write the public key (SubjectPublicKeyInfo PEM) to <file>."), QStringLiteral("file")
    };
    QCommandLineOption m_passphraseFile {
        QStringLiteral("passphrase-file"),
        QStringLiteral("Encrypt the private key with the passphrase in <file>."), QStringLiteral("file")
    };
    QCommandLineOption m_force { QStringLiteral("force"), QStringLiteral("Overwrite existing files.") };
};

} // namespace sb::cli
