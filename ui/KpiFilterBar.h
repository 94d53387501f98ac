#pragma once

#include "item/KpiFilter.h"

#include <QPair>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace quita {

// The filters above every performance screen: the period (with presets: today, this
// month, last 30 and 90 days) and one portfolio, agent or channel, or all. Emits
// changed() once per change, with the whole filter.
class KpiFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit KpiFilterBar(const QDate &today, QWidget *parent = nullptr);

    KpiFilter filter() const;
    void setFilter(const KpiFilter &filter);
    // Choices: (id, name).
    void setPortfolios(const QList<QPair<QString, QString>> &portfolios);
    void setAgents(const QList<QPair<QString, QString>> &agents);
    // The agent's own screen has no agent choice.
    void setAgentChoiceVisible(bool visible);

signals:
    void changed(const KpiFilter &filter);

private:
    void applyPreset(int preset);
    void emitChanged();
    static void fill(QComboBox *combo, const QString &all,
                     const QList<QPair<QString, QString>> &choices);

    QDate m_today;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_portfolio;
    QLabel *m_agentLabel;
    QComboBox *m_agent;
    QComboBox *m_channel;
    bool m_quiet = false;
};

} // namespace quita
