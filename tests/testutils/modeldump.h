#pragma once

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTest>

namespace GoDual::ModelDump {

// A model as readable text: the header, then one line per row with every column's display
// text separated by " | "; extra roles of the row's first cell follow as [role=value]. Compared with goldens
// under tests/data, so a change in what a pane would show is visible in review.
QString dump(const QAbstractItemModel &model, const QList<int> &extraRoles = {});

// Compares `actual` with tests/data/<relativePath>. Returns an empty string when they match, else
// a description of the first difference. Only when the test's main was given --update-goldens
// (tools/dev update-goldens) is the golden rewritten instead (then review the diff): never from
// the environment, so nothing exported by accident can turn a failing comparison into a pass.
QString compareWithGolden(const QString &actual, const QString &relativePath);

// Set by GODUAL_GOLDEN_TEST_MAIN from --update-goldens.
void setUpdatingGoldens(bool updating);
bool updatingGoldens();

// Removes --update-goldens from argv (QTest rejects options it does not know); true when present.
bool takeUpdateGoldensArgument(int &argc, char **argv);

} // namespace GoDual::ModelDump

// QTEST_GUILESS_MAIN for tests that compare with goldens: `TEST --update-goldens` rewrites them.
#define GODUAL_GOLDEN_TEST_MAIN(TestObject)                                                                            \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        GoDual::ModelDump::setUpdatingGoldens(GoDual::ModelDump::takeUpdateGoldensArgument(argc, argv));               \
        QCoreApplication app(argc, argv);                                                                              \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
