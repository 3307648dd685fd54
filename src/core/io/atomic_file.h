// Atomic file replacement that survives SIGKILL: the new contents are written to an unnamed
// file (O_TMPFILE) in the target's directory, given a name only once complete, and renamed over
// the target. Where the file system has no O_TMPFILE, a named temporary "<target>.tmp-<pid>-<n>"
// is used instead, and such temporaries left by processes that have died are removed.
#pragma once

#include <cstdio>
#include <functional>
#include <string>

namespace itinera {

enum class TemporaryKind {
  Unnamed,  // O_TMPFILE where the file system allows it, else Named
  Named,    // always a named temporary (what file systems without O_TMPFILE get)
};

// Writes `path` through `write`, which gets an open stream and returns "" or an error message.
// The target is replaced only when everything was written; returns "" or an error naming `path`.
std::string writeAtomically(const std::string& path, const std::function<std::string(std::FILE*)>& write,
                            TemporaryKind kind = TemporaryKind::Unnamed);

// Writes `contents` to `path` atomically; returns an error message, or "".
std::string writeFileAtomically(const std::string& path, const std::string& contents);

// Whether `name` (a file name, no directory) is one of our named temporaries for `target` whose
// process is no longer running.
bool isStaleTemporary(const std::string& target, const std::string& name);

}  // namespace itinera
