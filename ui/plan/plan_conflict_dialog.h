#pragma once
// A plan version this workstation sent met another version that came into force on the server
// first (a sync conflict). The nurse sees, area by area, what she changed beside what the
// version now in force changed, both from the version they were made from, and either makes her
// version again from the one in force with the parts she chooses, or sets hers aside. Core
// decides the three-way state of each area (plan/merge.h) and does the writing.
#include "core/plan/merge.h"
#include "core/plan/plan_version.h"

#include <QDialog>

#include <map>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace varde::store
{
class EncryptedStore;
}

namespace varde::ui
{

class PlanConflictDialog : public QDialog
{
    Q_OBJECT

public:
    PlanConflictDialog(store::EncryptedStore &store, const std::string &versionId, QWidget *parent);

    // False (with the reason in words) when there is nothing this dialog can resolve: the
    // version is no longer a draft, or the version in force has not arrived yet.
    bool ready() const { return m_ready; }
    QString problem() const { return m_problem; }

    // The area's choice box (null for areas only the other side changed).
    QComboBox *choice(plan::ChangeArea area) const;
    QPushButton *redraftButton() const { return m_redraft; }
    QPushButton *setAsideButton() const { return m_setAside; }

private:
    bool load(const std::string &versionId);
    QWidget *buildAreas();
    plan::Choices choices() const;
    void updateButtons();
    void redraft();
    void setAside();

    store::EncryptedStore &m_store;
    bool m_ready = false;
    QString m_problem;
    plan::PlanVersion m_base;
    plan::PlanVersion m_mine;
    plan::PlanVersion m_theirs;
    std::vector<plan::PartMerge> m_parts;
    std::map<plan::ChangeArea, QComboBox *> m_choices;
    QLabel *m_status = nullptr;
    QPushButton *m_redraft = nullptr;
    QPushButton *m_setAside = nullptr;
};

} // namespace varde::ui
