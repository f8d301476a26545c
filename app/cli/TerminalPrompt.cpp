// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalPrompt.h"

#include <QCoreApplication>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace sb::cli {

Result<SecureBuffer> promptPassphrase(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        return fail(ErrorKind::PassphraseRequired,
                    QCoreApplication::translate("sb::cli::TerminalPrompt",
                                                "No passphrase: there is no terminal to ask on; give it with "
                                                "--passphrase-file."));
    }
    // Echo goes off before the prompt shows: whatever is typed in answer is
    // never echoed, and TCSAFLUSH only drops type-ahead from before the prompt.
    termios saved {};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const QByteArray text = prompt.toUtf8();
    [[maybe_unused]] const ssize_t shown = ::write(fd, text.constData(), size_t(text.size()));
    SecureBuffer line;
    char c = 0;
    bool gotLine = false;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n <= 0) {
            break;
        }
        if (c == '\n') {
            gotLine = true;
            break;
        }
        line.append(c);
    }
    if (isTerminal) {
        ::tcsetattr(fd, TCSANOW, &saved);
    }
    ::close(fd);
    c = 0;
    if (line.view().endsWith('\r')) {
        line.resize(line.size() - 1);
    }
    if (!gotLine && line.isEmpty()) {
        return fail(ErrorKind::PassphraseRequired,
                    QCoreApplication::translate("sb::cli::TerminalPrompt", "No passphrase was entered."));
    }
    return line;
}

} // namespace sb::cli
