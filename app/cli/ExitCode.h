#pragma once

namespace companion::cli {

// Exit codes of companion-cli; scripts rely on them.
enum ExitCode : int {
    Ok = 0,
    Failure = 1, // anything not covered below (e.g. a local file error)
    Usage = 2, // bad arguments or input
    Auth = 3, // not signed in, wrong credentials, session revoked, no keyring
    Network = 4, // the server could not be reached or answered nonsense
    Conflict = 5, // the server kept a different version; the edit is kept as a conflict
};

} // namespace companion::cli
