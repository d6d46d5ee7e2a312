#pragma once

#include "assessment/Rating.h"
#include "store/StoreError.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVariantList>

class QSqlQuery;

namespace Waymark {

class StoreEngine;

// The open database as the records classes (AssessmentRecords, WorkshopRecords, ImportMerge)
// use it: the one way a statement is run, read to its end and wrapped in a transaction, with a
// failure turned into a StoreError by the engine, and the one spelling of every value the store
// writes (StoreEngine.h says why the spelling is the same for every engine).
class StoreConnection
{
public:
    explicit StoreConnection(const StoreEngine &engine);

    QSqlDatabase database() const;

    // Prepares, binds and runs one statement; on failure fills error and returns false.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &doing,
             StoreError *error) const;
    // Runs one INSERT (without a RETURNING clause) and gives the id the database made, or kept,
    // for the new row.
    bool insert(const QString &sql, const QVariantList &values, const QString &doing, qint64 *id,
                StoreError *error) const;
    // After reading rows: false, with the error, when the reading stopped on an error (damage
    // shows up here, on a row, not when the statement starts).
    bool readToEnd(const QSqlQuery &query, const QString &doing, StoreError *error) const;
    // Runs work inside one transaction: committed when it returns true, rolled back otherwise.
    template<typename Work>
    bool inTransaction(const QString &doing, StoreError *error, Work work) const
    {
        QSqlDatabase db = database();
        if (!db.transaction()) {
            setError(error, failure(db.lastError(), doing));
            return false;
        }
        if (!work()) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            setError(error, failure(db.lastError(), doing));
            db.rollback();
            return false;
        }
        return true;
    }
    // The store error for a failed statement. Damage is named with the database and the backup
    // that can replace it, since that is what the member needs to act on.
    StoreError failure(const QSqlError &sqlError, const QString &doing) const;

    // Every text the store writes is bound through this. A null QString binds as SQL NULL; text
    // columns are NOT NULL with '' for "nothing written". The engine keeps a text whole that its
    // driver would change (StoreEngine::boundText).
    QString text(const QString &value) const;
    static QString timestamp(const QDateTime &when);
    static QDateTime parseTimestamp(const QVariant &value);
    static QVariant date(const QDate &date); // NULL for no date
    static QVariant rating(Rating rating);   // NULL for unanswered

private:
    const StoreEngine &m_engine;
};

} // namespace Waymark
