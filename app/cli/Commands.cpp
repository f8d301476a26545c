#include "Command.h"

#include "DecryptCommand.h"
#include "EncryptCommand.h"
#include "InspectCommand.h"
#include "KeygenCommand.h"
#include "LintCommand.h"
#include "PayloadBuildCommand.h"
#include "PayloadDecryptCommand.h"

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
    return commands;
}

} // namespace sb::cli
