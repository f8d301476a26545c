#pragma once

#include <QWidget>

namespace sb {

// Stands in for a workspace that is not built yet: says what it will do, and
// does nothing else.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace sb
