#pragma once

#include "VaultCommand.h"

namespace sb::cli {

class VaultPassphraseCommand : public VaultCommand
{
public:
    QString name() const override { return QStringLiteral("vault passwd"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_newPassphraseFile {
        QStringLiteral("new-passphrase-file"),
        QStringLiteral("Read the new passphrase from <file> (else it is asked twice on the terminal)."),
        QStringLiteral("file")
    };
    QCommandLineOption m_recalibrate {
        QStringLiteral("recalibrate"), QStringLiteral("Calibrate the key derivation for this machine again.")
    };
};

} // namespace sb::cli
