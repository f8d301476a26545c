// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "DecryptCommand.h"
#include "EncryptCommand.h"
#include "InspectCommand.h"
#include "JwtGenerateCommand.h"
#include "JwtSignCommand.h"
#include "JwtVerifyCommand.h"
#include "KeygenCommand.h"
#include "LeakCheckCommand.h"
#include "LintCommand.h"
#include "MongoCheckCommand.h"
#include "PayloadBuildCommand.h"
#include "PayloadDecryptCommand.h"
#include "ProjectAddCommand.h"
#include "ProjectListCommand.h"
#include "ProjectRemoveCommand.h"
#include "ProjectRenameCommand.h"
#include "SecretGetCommand.h"
#include "SecretHistoryCommand.h"
#include "SecretListCommand.h"
#include "SecretRemoveCommand.h"
#include "SecretRenameCommand.h"
#include "SecretRollbackCommand.h"
#include "SecretSetCommand.h"
#include "VaultInfoCommand.h"
#include "VaultInitCommand.h"
#include "VaultPassphraseCommand.h"

namespace sb::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<EncryptCommand>());
    commands.push_back(std::make_unique<DecryptCommand>());
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<KeygenCommand>());
    commands.push_back(std::make_unique<LintCommand>());
    commands.push_back(std::make_unique<PayloadBuildCommand>());
    commands.push_back(std::make_unique<PayloadDecryptCommand>());
    // Project secrets
    commands.push_back(std::make_unique<VaultInitCommand>());
    commands.push_back(std::make_unique<VaultInfoCommand>());
    commands.push_back(std::make_unique<VaultPassphraseCommand>());
    commands.push_back(std::make_unique<ProjectAddCommand>());
    commands.push_back(std::make_unique<ProjectListCommand>());
    commands.push_back(std::make_unique<ProjectRenameCommand>());
    commands.push_back(std::make_unique<ProjectRemoveCommand>());
    commands.push_back(std::make_unique<SecretSetCommand>());
    commands.push_back(std::make_unique<SecretGetCommand>());
    commands.push_back(std::make_unique<SecretListCommand>());
    commands.push_back(std::make_unique<SecretHistoryCommand>());
    commands.push_back(std::make_unique<SecretRollbackCommand>());
    commands.push_back(std::make_unique<SecretRenameCommand>());
    commands.push_back(std::make_unique<SecretRemoveCommand>());
    commands.push_back(std::make_unique<MongoCheckCommand>());
    commands.push_back(std::make_unique<JwtSignCommand>());
    commands.push_back(std::make_unique<JwtVerifyCommand>());
    commands.push_back(std::make_unique<JwtGenerateCommand>());
    commands.push_back(std::make_unique<LeakCheckCommand>());
    return commands;
}

} // namespace sb::cli
