// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormView.h"

#include "InputField.h"
#include "common/JsonText.h"
#include "widgets/FocusChain.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb {

FormView::FormView(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_stepLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_next(new QPushButton(tr("Next"), this))
{
    setObjectName(QStringLiteral("formView"));
    m_heading->setObjectName(QStringLiteral("formHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_pages->setObjectName(QStringLiteral("formPages"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_pages, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);
    layout->addLayout(buttons);

    m_buildTimer.setSingleShot(true);
    m_buildTimer.setInterval(0);
    connect(&m_buildTimer, &QTimer::timeout, this, [this] { buildPending(SliceItems); });
    connect(m_back, &QPushButton::clicked, this, [this] { setCurrentStep(currentStep() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentStep(currentStep() + 1); });
    updateStepButtons();
}

QWidget* FormView::buildPage(const QStringList& names, int eager)
{
    auto* scroll = new QScrollArea(m_pages);
    scroll->setAccessibleName(tr("Form"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Pages and fields are made after Back and Next, yet come before them.
    FocusChain::moveBefore({ scroll }, m_back);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 12, 0);
    layout->addStretch();
    for (const QString& name : names) {
        if (eager > 0) {
            addItem(layout, name);
            --eager;
        } else {
            m_pending.append({ layout, name });
        }
    }
    scroll->setWidget(page);
    return scroll;
}

void FormView::addItem(QVBoxLayout* layout, const QString& name)
{
    QWidget* page = layout->parentWidget();
    const ActionDefinition* definition = m_session->definition();
    auto insert = [layout](QWidget* widget) { layout->insertWidget(layout->count() - 1, widget); };
    if (const TitleDefinition* title = definition->titleEntry(name); title && !definition->input(name)) {
        auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title->title.toHtmlEscaped()), page);
        heading->setObjectName(QStringLiteral("section_") + name);
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        heading->setFont(font);
        heading->setContentsMargins(0, 10, 0, 0);
        insert(heading);
        if (!title->description.isEmpty()) {
            auto* description = new QLabel(title->description, page);
            description->setWordWrap(true);
            insert(description);
        }
        auto* rule = new QFrame(page);
        rule->setFrameShape(QFrame::HLine);
        rule->setFrameShadow(QFrame::Sunken);
        insert(rule);
        return;
    }
    const InputDefinition* input = definition->input(name);
    if (!input || m_fields.contains(name)) {
        return;
    }
    InputField* field = createField(*input, page);
    m_fields.insert(name, field);
    insert(field);
    FocusChain::moveBefore({ field }, m_back);
}

void FormView::buildPending(qsizetype count)
{
    const qsizetype end = std::min(m_pending.size(), m_pendingNext + count);
    for (; m_pendingNext < end; ++m_pendingNext) {
        addItem(m_pending[m_pendingNext].layout, m_pending[m_pendingNext].name);
    }
    if (m_pendingNext >= m_pending.size()) {
        m_pending.clear();
        m_pendingNext = 0;
        m_buildTimer.stop();
        Q_EMIT completed();
    } else {
        m_buildTimer.start();
    }
}

void FormView::ensureBuilt() const
{
    auto* self = const_cast<FormView*>(this);
    if (!self->m_pending.isEmpty()) {
        self->buildPending(self->m_pending.size());
    }
}

void FormView::rebuild(FormSession* session)
{
    m_session = session;
    const ActionDefinition* definition = session ? session->definition() : nullptr;
    if (!definition) {
        clearPages();
        m_heading->setText(tr("No definition"));
        updateStepButtons();
        return;
    }
    m_heading->setText(definition->title().isEmpty() ? tr("Form preview") : definition->title());
    ensureBuilt();

    // What the pages show: when only some inputs changed (the usual edit), the
    // other widgets stay as they are, with their focus and scroll position.
    QList<QStringList> shape;
    QStringList stepTitles;
    if (definition->steps().isEmpty()) {
        shape.append(definition->displayOrder());
    } else {
        for (const StepDefinition& s : definition->steps()) {
            stepTitles << s.title;
            shape.append(definition->displayOrder(s.order));
        }
    }
    QByteArray titles;
    for (const TitleDefinition& t : definition->titles()) {
        titles += t.id.toUtf8() + '\0' + t.title.toUtf8() + '\0' + t.description.toUtf8() + '\0';
    }
    QHash<QString, QByteArray> signatures;
    for (const InputDefinition& in : definition->inputs()) {
        signatures.insert(in.name, JsonText::serialize(in.node));
    }
    qsizetype changed = 0;
    for (auto it = signatures.constBegin(); it != signatures.constEnd(); ++it) {
        changed += m_signatures.value(it.key()) != it.value() ? 1 : 0;
    }
    if (shape == m_shape && titles == m_titlesSignature && stepTitles == m_stepTitles
        && m_pages->count() == shape.size() && changed <= std::max<qsizetype>(8, signatures.size() / 4)) {
        for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
            if (m_signatures.value(it.key()) == signatures.value(it.key())) {
                continue;
            }
            InputField* old = it.value();
            auto* field = createField(*definition->input(it.key()), old->parentWidget());
            delete old->parentWidget()->layout()->replaceWidget(old, field); // the old item is ours to free
            delete old;
            it.value() = field;
        }
        m_signatures = signatures;
        refreshAll();
        updateStepButtons();
        return;
    }

    const int step = currentStep();
    clearPages();
    m_shape = shape;
    m_titlesSignature = titles;
    m_signatures = signatures;
    m_stepTitles = stepTitles;
    setUpdatesEnabled(false);
    // The page on screen gets its first inputs now; everything else follows in
    // slices between events, so a large form shows at once and stays responsive.
    const int current = std::clamp(step, 0, static_cast<int>(shape.size()) - 1);
    for (int i = 0; i < shape.size(); ++i) {
        m_pages->addWidget(buildPage(shape[i], i == current ? EagerItems : 0));
    }
    m_pages->setCurrentIndex(current);
    setUpdatesEnabled(true);
    updateStepButtons();
    if (!m_pending.isEmpty()) {
        m_buildTimer.start();
    } else {
        Q_EMIT completed();
    }
}

void FormView::clearPages()
{
    m_buildTimer.stop();
    m_pending.clear();
    m_pendingNext = 0;
    m_fields.clear();
    m_shape.clear();
    m_signatures.clear();
    m_stepTitles.clear();
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        // Detached now, so nothing finds the old inputs; destroyed after the new form is shown.
        page->hide();
        page->setParent(nullptr);
        page->deleteLater();
    }
}

InputField* FormView::createField(const InputDefinition& input, QWidget* parent)
{
    auto* field = new InputField(input, parent);
    // State first: a jq enum fills the list the value is then chosen from.
    field->applyState(m_session->state(input.name));
    field->load(*m_session);
    showMessages(field);
    connect(field, &InputField::edited, this, &FormView::onEdited);
    return field;
}

void FormView::refresh(const QStringList& names)
{
    if (!m_session) {
        return;
    }
    for (const QString& name : names) {
        if (InputField* f = m_fields.value(name)) {
            f->applyState(m_session->state(name));
            f->load(*m_session);
            showMessages(f);
        }
    }
}

void FormView::showMessages(InputField* field)
{
    // "Required." waits until the input was touched, as in Port; other problems show at once.
    const QString name = field->name();
    if (!m_session->isTouched(name) && !m_session->hasValue(name)) {
        field->setMessages({});
        return;
    }
    field->setMessages(m_session->validate(name));
}

void FormView::refreshAll()
{
    refresh(m_fields.keys());
}

void FormView::onEdited(const QString& name)
{
    InputField* f = m_fields.value(name);
    if (!f || !m_session) {
        return;
    }
    const QStringList changed = f->store(*m_session);
    showMessages(f);
    refresh(changed);
    Q_EMIT valueEdited(name);
}

int FormView::stepCount() const
{
    return m_stepTitles.size();
}

int FormView::currentStep() const
{
    return std::max(0, m_pages->currentIndex());
}

void FormView::setCurrentStep(int step)
{
    if (step < 0 || step >= m_pages->count()) {
        return;
    }
    ensureBuilt();
    m_pages->setCurrentIndex(step);
    updateStepButtons();
}

void FormView::updateStepButtons()
{
    const bool steps = m_stepTitles.size() > 1;
    m_back->setVisible(steps);
    m_next->setVisible(steps);
    m_stepLabel->setVisible(!m_stepTitles.isEmpty());
    if (!m_stepTitles.isEmpty()) {
        const int step = currentStep();
        QStringList crumbs;
        for (int i = 0; i < m_stepTitles.size(); ++i) {
            const QString title
                = m_stepTitles[i].isEmpty() ? tr("Step %1").arg(i + 1) : m_stepTitles[i].toHtmlEscaped();
            crumbs << (i == step ? QStringLiteral("<b>%1</b>").arg(title) : title);
        }
        m_stepLabel->setText(tr("Step %1 of %2: ").arg(step + 1).arg(m_stepTitles.size())
                             + crumbs.join(QStringLiteral(" \u203A ")));
        m_back->setEnabled(step > 0);
        m_next->setEnabled(step + 1 < m_stepTitles.size());
    }
}

} // namespace sb
