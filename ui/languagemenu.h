#pragma once

#include <QMenu>

class QActionGroup;
class QCoreApplication;

namespace GoDual {

// "Language": System, English, 简体中文. A choice installs that translation at once (every window
// then gets QEvent::LanguageChange and retranslates itself) and is remembered in QSettings.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // "system", "en" or "zh_CN".
    static QString savedChoice();
    // Installs the translation for the saved choice; for start-up, before the first window.
    static void applySaved(QCoreApplication &app);
    // Installs and remembers `choice`; unknown choices mean "system".
    static void choose(const QString &choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace GoDual
