#pragma once
// Moving a patient to another responsible nurse, chosen among the local users with the nurse
// role. Core records the change in the contact history and the audit trail.
#include "core/store/encrypted_store.h"

#include <QDialog>

#include <cstdint>
#include <functional>

class QComboBox;
class QLabel;

namespace varde::ui
{

class ReassignDialog : public QDialog
{
    Q_OBJECT

public:
    using Clock = std::function<std::int64_t()>;

    ReassignDialog(store::EncryptedStore &store,
        const std::string &patientId,
        const std::string &currentNurseId,
        Clock clock,
        QWidget *parent = nullptr);

    // Chooses the nurse by user id; false if there is no such nurse.
    bool setNurse(const QString &userId);
    QComboBox *nurses() const { return m_nurses; }
    // Moves the patient through core; false with the reason shown if refused.
    bool submit();
    QString errorMessage() const;

    void accept() override;

private:
    store::EncryptedStore &m_store;
    std::string m_patientId;
    Clock m_clock;
    QComboBox *m_nurses;
    QLabel *m_error;
};

} // namespace varde::ui
