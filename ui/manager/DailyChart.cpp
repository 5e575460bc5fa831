#include "DailyChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Kasir {

DailyChart::DailyChart(Metric metric, QWidget *parent)
    : QWidget(parent)
    , m_metric(metric)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *chart = new QChart;
    chart->setTitle(metric == Metric::Count ? tr("Sales per day") : tr("Margin per day (Rp)"));
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont small = chart->legend()->font();
    small.setPixelSize(11);
    chart->legend()->setFont(small);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // The view is made with its chart: a view made without one makes its own, and setChart()
    // would leave that one behind (the view releases, never deletes, the chart it replaces).
    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(210);
    layout->addWidget(m_view);
}

QChart *DailyChart::chart() const
{
    return m_view->chart();
}

QList<QLineSeries *> DailyChart::lines() const
{
    QList<QLineSeries *> out;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            out << line;
    }
    return out;
}

void DailyChart::setSeries(const DailySeries &series)
{
    QChart *c = chart();
    c->removeAllSeries();
    // removeAxis() hands the axis back to the caller (unlike removeAllSeries(), which deletes):
    // without the delete every refresh left two axes, their labels and connections behind.
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    // Labels on the days themselves: every day for a week, every 5th day (and the last) for a
    // month, so that none is cut.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, series.dayCount() - 0.5);
    const bool longRange = series.dayCount() > 10;
    for (int i = 0; i < series.dayCount(); ++i) {
        if (!longRange || i % 5 == 0 || i == series.dayCount() - 1)
            x->append(series.days.at(i).toString(QStringLiteral("dd/MM")), i);
    }
    auto *y = new QValueAxis;
    y->setLabelFormat(m_metric == Metric::Count ? QStringLiteral("%d") : QStringLiteral("%.0f"));
    QFont small = x->labelsFont();
    small.setPixelSize(11);
    x->setLabelsFont(small);
    y->setLabelsFont(small);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    qint64 top = 0;
    for (auto it = series.byWallet.cbegin(); it != series.byWallet.cend(); ++it) {
        auto *line = new QLineSeries;
        line->setName(it.key());
        line->setPointsVisible(series.dayCount() <= 10);
        for (int i = 0; i < it.value().size(); ++i) {
            const DayPoint &p = it.value().at(i);
            const qint64 v = m_metric == Metric::Count ? p.count : p.margin.rupiah();
            top = qMax(top, v);
            line->append(i, double(v)); // drawing only: the figure itself stays an integer
        }
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    y->setRange(0, double(qMax<qint64>(top, m_metric == Metric::Count ? 5 : 10000)) * 1.1);
    y->applyNiceNumbers();
}

} // namespace Kasir
