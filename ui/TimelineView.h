#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace quita {

class TimelineModel;

// The unified timeline: filters by channel, direction and result, a full-text search,
// and the list itself (which fetches more rows as it is scrolled).
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(TimelineModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *channelFilter() const { return m_channel; }
    QComboBox *directionFilter() const { return m_direction; }
    QComboBox *resultFilter() const { return m_result; }
    void clearFilters();

private:
    void applyFilters();
    void updateEmptyState();

    TimelineModel *m_model;
    QComboBox *m_channel;
    QComboBox *m_direction;
    QComboBox *m_result;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_empty;
    QTimer *m_searchDelay;
};

} // namespace quita
