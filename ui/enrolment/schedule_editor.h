#pragma once
// The measurements and questions to start with: what, on which weekdays and by when. Until the
// nurse changes it, the list follows the suggestion for the diagnoses on the form.
#include "core/plan/plan_content.h"

#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace varde::ui
{

class FieldMarks;

class ScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    ScheduleEditor(FieldMarks &marks, QWidget *parent = nullptr);

    const std::vector<plan::ScheduleItem> &items() const { return m_items; }
    void setItems(std::vector<plan::ScheduleItem> items);
    // The suggestion for the diagnoses; taken over unless the nurse has changed the list.
    void setSuggestion(std::vector<plan::ScheduleItem> suggestion);
    bool changedByNurse() const { return m_byNurse; }
    void addItem();

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    QWidget *row(std::size_t i);
    void edited();

    FieldMarks &m_marks;
    std::vector<plan::ScheduleItem> m_items;
    std::vector<plan::ScheduleItem> m_suggestion;
    bool m_byNurse = false;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_origin = nullptr;
};

} // namespace varde::ui
