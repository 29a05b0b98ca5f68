#pragma once
// One zone of the plan on the meeting screen: a band in the zone's colour with its icon and
// word, then when the zone applies (the limits in plain bokmål), what the patient does, what
// the follow-up service does and the zone's medicine measures.
#include "ui/meeting/plan_sheet.h"

#include <QFrame>

namespace varde::ui
{

class ZonePanel : public QFrame
{
    Q_OBJECT
public:
    ZonePanel(const PlanSheet &sheet, plan::Zone zone, QWidget *parent = nullptr);
};

} // namespace varde::ui
