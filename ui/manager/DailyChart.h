#pragma once

#include "report/DailySeries.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
QT_END_NAMESPACE

namespace Kasir {

// Sales per day or margin per day, one line per wallet, from a DailySeries. Money reaches the
// chart as whole rupiah; the axis takes a double for drawing only.
class DailyChart : public QWidget
{
    Q_OBJECT
public:
    enum class Metric { Count, Margin };

    DailyChart(Metric metric, QWidget *parent = nullptr);

    void setSeries(const DailySeries &series);
    QChart *chart() const;
    // One line per wallet; each has one point per day.
    QList<QLineSeries *> lines() const;

private:
    Metric m_metric;
    QChartView *m_view = nullptr;
};

} // namespace Kasir
