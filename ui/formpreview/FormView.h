// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs/FormSession.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace sb {

class InputField;

// The form as Port renders it from a definition: titles as section headings,
// steps as pages with Back/Next, every input as an InputField. It edits a
// FormSession and re-applies jq results (visibility, required, disabled,
// enum, defaults) to the inputs they affect.
class FormView : public QWidget
{
    Q_OBJECT
public:
    explicit FormView(QWidget* parent = nullptr);

    // Rebuilds every widget for the session's definition; values come from the session.
    void rebuild(FormSession* session);
    // Re-applies state (and values set by defaults) to these inputs.
    void refresh(const QStringList& names);
    // Re-applies everything (after the sample entity or user changed).
    void refreshAll();

    InputField* field(const QString& name) const
    {
        ensureBuilt();
        return m_fields.value(name);
    }
    QList<InputField*> fields() const
    {
        ensureBuilt();
        return m_fields.values();
    }
    // Whether every input has its widget (large forms are built in slices).
    bool isComplete() const { return m_pending.isEmpty(); }
    // Builds whatever is still waiting, now.
    void ensureBuilt() const;

    static constexpr int EagerItems = 40; // built before the form is first shown
    static constexpr int SliceItems = 15; // then this many per event-loop turn
    int stepCount() const;
    int currentStep() const;
    void setCurrentStep(int step);

Q_SIGNALS:
    // A value changed (the session already holds it).
    void valueEdited(const QString& name);
    // Every input of the current definition has its widget.
    void completed();

private:
    void onEdited(const QString& name);
    void updateStepButtons();
    void showMessages(InputField* field);
    void clearPages();
    InputField* createField(const InputDefinition& input, QWidget* parent);
    QWidget* buildPage(const QStringList& names, int eager);
    void addItem(QVBoxLayout* layout, const QString& name);
    void buildPending(qsizetype count);

    FormSession* m_session = nullptr;
    QLabel* m_heading;
    QLabel* m_stepLabel;
    QStackedWidget* m_pages;
    QPushButton* m_back;
    QPushButton* m_next;
    QHash<QString, InputField*> m_fields;
    QStringList m_stepTitles;
    QList<QStringList> m_shape; // names on each page
    QByteArray m_titlesSignature;
    QHash<QString, QByteArray> m_signatures; // each input's JSON when its widget was made
    struct Pending
    {
        QVBoxLayout* layout;
        QString name;
    };
    QList<Pending> m_pending; // inputs and titles still to build, in order
    qsizetype m_pendingNext = 0;
    QTimer m_buildTimer;
};

} // namespace sb
