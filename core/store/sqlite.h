#pragma once
// Always SQLCipher's header, never plain SQLite's: a binary that links plain libsqlite3 writes
// unencrypted files while PRAGMA key appears to succeed.
#include <sqlcipher/sqlite3.h>
