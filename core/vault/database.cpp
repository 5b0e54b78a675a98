#include "vault/database.h"

#include "vault/durablefile.h"
#include "vault/logging.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <utility>

Q_LOGGING_CATEGORY(lcVault, "samen.vault", QtWarningMsg)

namespace samen::vault {

namespace {

// SQLCipher 3 settings, pinned. SQLCipher 4 reads cipher_compatibility (and
// cipher_default_compatibility for attached databases); 3.4.1 ignores pragmas it does not know
// and these values are its defaults.
constexpr const char *cipherSettings = "PRAGMA cipher_default_compatibility = 3;"
                                       "PRAGMA cipher_compatibility = 3;"
                                       "PRAGMA cipher_page_size = 1024;"
                                       "PRAGMA kdf_iter = 64000;"
                                       "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;"
                                       "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;"
                                       "PRAGMA cipher_use_hmac = ON;";

constexpr const char *connectionSettings = "PRAGMA synchronous = FULL;"
                                           "PRAGMA foreign_keys = ON;";

void logFailure(const char *what, int code)
{
    qCWarning(lcVault, "%s failed: %s", what, sqlite3_errstr(code));
}

} // namespace

Statement::Statement(sqlite3_stmt *statement)
    : m_statement(statement)
{ }

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_failed(other.m_failed)
{ }

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_statement, index, value.isEmpty() ? "" : value.constData(), int(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Statement &Statement::bindSecret(int index, const SecureBytes &value)
{
    sqlite3_bind_text(m_statement, index, reinterpret_cast<const char *>(value.data()), int(value.size()),
                      SQLITE_STATIC);
    return *this;
}

bool Statement::next()
{
    if (!m_statement) {
        m_failed = true;
        return false;
    }
    const int code = sqlite3_step(m_statement);
    m_failed = code != SQLITE_ROW && code != SQLITE_DONE;
    if (m_failed)
        logFailure("step", code);
    return code == SQLITE_ROW;
}

bool Statement::run()
{
    while (next()) { }
    return !m_failed;
}

qint64 Statement::integer(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

QString Statement::text(int index) const
{
    if (isNull(index))
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, index));
}

QByteArray Statement::blob(int index) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, index));
    return QByteArray(data, sqlite3_column_bytes(m_statement, index));
}

bool Statement::isNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

Database::Database(sqlite3 *db)
    : m_db(db)
{ }

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Database> Database::open(const QString &path, const SecureBytes &key, Mode mode,
                                         OpenResult *result)
{
    if (mode == Mode::ExistingOnly && !QFileInfo(path).isFile()) {
        *result = OpenResult::Missing;
        return nullptr;
    }
    if (mode == Mode::ExistingOnly && QFileInfo(path).size() == 0) {
        *result = OpenResult::NotADatabase; // SQLite would treat it as a new database
        return nullptr;
    }
    if (mode == Mode::CreateNew && !createPrivateFile(path)) {
        *result = OpenResult::IoError;
        return nullptr;
    }
    // CREATE also lets ATTACH make new files; ExistingOnly checked above that the file exists.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    sqlite3 *handle = nullptr;
    const int code = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> db(new Database(handle));
    if (code != SQLITE_OK || (!key.isNull() && !db->applyKey(key))) {
        logFailure("open", code);
        *result = OpenResult::IoError;
        return nullptr;
    }
    if (!db->exec("PRAGMA temp_store = MEMORY;") || !db->exec("SELECT count(*) FROM sqlite_master;") ||
        (mode == Mode::ExistingOnly && db->singleText("PRAGMA quick_check;") != u"ok")) {
        *result = OpenResult::NotADatabase;
        return nullptr;
    }
    if (!db->configure()) {
        *result = OpenResult::IoError;
        return nullptr;
    }
    *result = OpenResult::Ok;
    return db;
}

bool Database::applyKey(const SecureBytes &key)
{
    const SecureBytes literal = rawSqlCipherKey(key);
    return !literal.isNull() && sqlite3_key(m_db, literal.data(), int(literal.size())) == SQLITE_OK &&
        exec(cipherSettings);
}

bool Database::configure()
{
    return singleText("PRAGMA journal_mode = WAL;") == u"wal" && exec(connectionSettings);
}

bool Database::exec(const char *sql)
{
    const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        logFailure("exec", code);
    return code == SQLITE_OK;
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (code != SQLITE_OK)
        logFailure("prepare", code);
    return Statement(statement);
}

QString Database::singleText(const char *sql)
{
    Statement statement = prepare(sql);
    return statement.next() ? statement.text(0) : QString();
}

int Database::userVersion()
{
    Statement statement = prepare("PRAGMA user_version;");
    return statement.next() ? int(statement.integer(0)) : -1;
}

bool Database::setUserVersion(int version)
{
    return exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version) + ';').constData());
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::integrityOk()
{
    return singleText("PRAGMA integrity_check;") == u"ok";
}

bool Database::attach(const QString &path, const char *name, const SecureBytes &key)
{
    if (!createPrivateFile(path))
        return false;
    const SecureBytes literal = rawSqlCipherKey(key);
    const QByteArray sql = QByteArray("ATTACH DATABASE ?1 AS ") + name + " KEY ?2;";
    Statement statement = prepare(sql.constData());
    statement.bind(1, path).bindSecret(2, literal);
    return !literal.isNull() && statement.run();
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_active(db.exec("BEGIN IMMEDIATE;"))
{ }

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec("ROLLBACK;");
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.exec("COMMIT;"))
        return true;
    (void)m_db.exec("ROLLBACK;");
    return false;
}

} // namespace samen::vault
