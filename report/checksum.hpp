// SHA-256 of input files for the run manifest, through OpenSSL's libcrypto (a well-kept
// implementation rather than our own), streamed in 1 MiB blocks so memory stays flat.
#pragma once

#include <string>

namespace ombak {

// Lower-case hex SHA-256 of the file's bytes. Throws InputError when it cannot be read,
// BackendError when libcrypto fails.
std::string Sha256OfFile(const std::string& path);

}  // namespace ombak
