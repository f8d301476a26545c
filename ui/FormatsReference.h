#pragma once

#include <QDialog>

namespace sb {

// Help > Formats reference: the byte formats and definition rules, in the app.
class FormatsReference : public QDialog
{
    Q_OBJECT
public:
    explicit FormatsReference(QWidget* parent = nullptr);
};

} // namespace sb
