// SPDX-License-Identifier: GPL-3.0-or-later
// jsontext's scanner: each member and element handed out as the exact text written, keys compared
// escaped or not, the array of one member read in the same pass (the last one when repeated), and
// nothing handed out from text that is not well-formed.
#include "core/util/JsonText.h"

#include <QTest>

using namespace td::jsontext;

namespace {
// Empty when `read` holds the members `expected` holds, in order; else the first difference.
QByteArray differenceFrom(const QList<Member> &read, const std::optional<QList<Member>> &expected)
{
    if (!expected)
        return "members() refused the text";
    if (read.size() != expected->size())
        return QByteArray::number(read.size()) + " members read, "
            + QByteArray::number(expected->size()) + " expected";
    for (qsizetype i = 0; i < read.size(); ++i)
        if (read.at(i).key != expected->at(i).key || read.at(i).value != expected->at(i).value)
            return "member " + QByteArray::number(i) + ": " + read.at(i).key.toByteArray() + ":"
                + read.at(i).value.toByteArray() + " read, " + expected->at(i).key.toByteArray()
                + ":" + expected->at(i).value.toByteArray() + " expected";
    return {};
}
} // namespace

class TstJsonText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The scanner hands out each member and element as the exact text written.
    void membersAndElementsAreTheTextAsWritten()
    {
        const auto read = members(R"( { "a" : [ 1 , 2 ] , "b\n":"x" } )");
        QVERIFY(read.has_value());
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).key, QByteArrayView(R"("a")"));
        QCOMPARE(read->at(0).value, QByteArrayView("[ 1 , 2 ]"));
        QCOMPARE(read->at(1).key, QByteArrayView(R"("b\n")"));
        QVERIFY(hasEscape(read->at(1).key));
        QCOMPARE(decodeString(read->at(1).key), QStringLiteral("b\n"));
        const auto items = elements(read->at(0).value);
        QVERIFY(items.has_value());
        QCOMPARE(*items, (QList<QByteArrayView>{"1", "2"}));
        QVERIFY(!members("[]").has_value());
        QVERIFY(!elements("{}").has_value());
    }

    void keysCompareEscapedOrNot()
    {
        QVERIFY(keyIs(R"("objects")", "objects"));
        QVERIFY(keyIs(R"("obj\u0065cts")", "objects"));
        QVERIFY(!keyIs(R"("object")", "objects"));
        QVERIFY(!keyIs(R"("objects2")", "objects"));
    }

    void memberElements_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QList<QByteArray>>("items");
        QTest::newRow("one member") << QByteArray(R"({"total":2,"objects":[ {"a":1} ,"x"]})")
                                    << true << QList<QByteArray>{R"({"a":1})", R"("x")"};
        QTest::newRow("objects with objects inside")
            << QByteArray(R"({"objects":[{"a":{"b":[1]}, "c" : "d"},{},[{"e":1}]],"x":1})") << true
            << QList<QByteArray>{R"({"a":{"b":[1]}, "c" : "d"})", "{}", R"([{"e":1}])"};
        QTest::newRow("escaped key")
            << QByteArray(R"({"obj\u0065cts":[1]})") << true << QList<QByteArray>{"1"};
        QTest::newRow("repeated: the last counts")
            << QByteArray(R"({"objects":[1],"objects":[2,3]})") << true
            << QList<QByteArray>{"2", "3"};
        QTest::newRow("repeated: the last is not an array")
            << QByteArray(R"({"objects":[1],"objects":null})") << false << QList<QByteArray>{};
        QTest::newRow("empty array")
            << QByteArray(R"({"objects":[]})") << true << QList<QByteArray>{};
        QTest::newRow("absent") << QByteArray(R"({"other":[1]})") << false << QList<QByteArray>{};
        QTest::newRow("malformed after the member")
            << QByteArray(R"({"objects":[1],"x":})") << false << QList<QByteArray>{};
        QTest::newRow("malformed inside an element")
            << QByteArray(R"({"objects":[{"a":tru}]})") << false << QList<QByteArray>{};
    }
    void memberElements()
    {
        QFETCH(QByteArray, object);
        QFETCH(bool, found);
        QFETCH(QList<QByteArray>, items);
        QList<Member> collected;
        const auto read = td::jsontext::memberElements(object, "objects", &collected);
        QCOMPARE(read.has_value(), found);
        if (!found)
            return;
        // Every member, as members() hands them out, from the same pass.
        const QByteArray difference = differenceFrom(collected, members(object));
        QVERIFY2(difference.isEmpty(), difference.constData());
        QList<QByteArray> texts;
        for (const QByteArrayView item : *read)
            texts.append(item.toByteArray());
        QCOMPARE(texts, items);
    }

    // The same elements, each object also read into its members as members() reads its text.
    void memberObjects_data() { memberElements_data(); }
    void memberObjects()
    {
        QFETCH(QByteArray, object);
        QFETCH(bool, found);
        QFETCH(QList<QByteArray>, items);
        QList<Member> collected;
        const auto read = td::jsontext::memberObjects(object, "objects", &collected);
        QCOMPARE(read.has_value(), found);
        if (!found)
            return;
        QByteArray difference = differenceFrom(collected, members(object));
        QVERIFY2(difference.isEmpty(), difference.constData());
        QList<QByteArray> texts;
        for (const Element &item : *read) {
            texts.append(item.text.toByteArray());
            const auto expected = members(item.text);
            QCOMPARE(item.members.has_value(), expected.has_value());
            if (!expected)
                continue;
            difference = differenceFrom(*item.members, expected);
            QVERIFY2(difference.isEmpty(), difference.constData());
        }
        QCOMPARE(texts, items);
    }

    void decodesEscapes()
    {
        // (An ordinary literal: moc misreads a raw string holding a backslash and a quote.)
        const QByteArray escaped = "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"";
        QCOMPARE(decodeString(escaped), QStringLiteral("a\"b\\c/d\b\f\n\r\t\u00e9\U0001F600"));
        QCOMPARE(decodeString(R"("\ud800")"), QString(QChar(0xD800)));
        QVERIFY(!hasEscape(R"("plain")"));
    }
};

QTEST_APPLESS_MAIN(TstJsonText)
#include "tst_jsontext.moc"
