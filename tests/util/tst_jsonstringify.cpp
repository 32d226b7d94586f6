// SPDX-License-Identifier: GPL-3.0-or-later
// appendStringified must write what Node writes for JSON.stringify(JSON.parse(text), null, 2)
// (plus `value.id = …` where a row sets one). The expected bytes of stringifiesAsNode were produced
// by Node 20 from the same inputs; the rows cover member order (array-index keys first, repeated
// keys), the escapes JavaScript drops and keeps (lone surrogates included) and its number forms.
// Text that is not one well-formed JSON value is refused and leaves the output as it was.
#include "core/util/JsonStringify.h"
#include "core/util/JsonStringifyOnePass.h"
#include "core/util/JsonText.h" // kMaxDepth

#include <QTest>

using namespace td::jsontext;

class TstJsonStringify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stringifiesAsNode_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("setsId");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("node");
        QTest::newRow("a token object")
            << QByteArray("{\"key\":\"639f9f21-827a\",\"cidr\":[],\"scopes\":[{\"name\":\"*\","
                          "\"type\":\"package\"}],\"meta\":{},\"readonly\":true,\"revoked\":null}")
            << false << QString()
            << QByteArray("{\n  \"key\": \"639f9f21-827a\",\n  \"cidr\": [],\n  \"scopes\": [\n    "
                          "{\n      \"name\": \"*\",\n      \"type\": \"package\"\n    }\n  ],\n  "
                          "\"meta\": {},\n  \"readonly\": true,\n  \"revoked\": null\n}");
        QTest::newRow("members keep their order")
            << QByteArray("{\"b\":1,\"a\":2}") << false << QString()
            << QByteArray("{\n  \"b\": 1,\n  \"a\": 2\n}");
        QTest::newRow("array-index keys first, ascending")
            << QByteArray(
                   "{\"b\":1,\"10\":2,\"2\":3,\"01\":4,\"4294967295\":5,\"4294967294\":6,\"-1\":7}")
            << false << QString()
            << QByteArray("{\n  \"2\": 3,\n  \"10\": 2,\n  \"4294967294\": 6,\n  \"b\": 1,\n  "
                          "\"01\": 4,\n  \"4294967295\": 5,\n  \"-1\": 7\n}");
        QTest::newRow("a repeated key keeps its first place and last value")
            << QByteArray("{\"a\":1,\"b\":2,\"a\":3}") << false << QString()
            << QByteArray("{\n  \"a\": 3,\n  \"b\": 2\n}");
        QTest::newRow("an escaped key is the same key")
            << QByteArray("{\"a\":1,\"\\u0061\":2}") << false << QString()
            << QByteArray("{\n  \"a\": 2\n}");
        QTest::newRow("escapes JavaScript does not keep")
            << QByteArray(
                   "[\"\\u00e9\",\"\\/"
                   "\",\"caf\303\251\",\"\\ud83d\\ude00\",\"\\u2028\",\"\\u007f\",\"\\u0041\"]")
            << false << QString()
            << QByteArray("[\n  \"\303\251\",\n  \"/\",\n  \"caf\303\251\",\n  "
                          "\"\360\237\230\200\",\n  \"\342\200\250\",\n  \"\177\",\n  \"A\"\n]");
        QTest::newRow("escapes JavaScript keeps")
            << QByteArray("[\"\\\"\\\\\",\"\\b\\f\\n\\r\\t\",\"\\u0007\",\"\\u001F\",\"\\ud800\","
                          "\"\\udc00x\",\"\\ude00\\ud83d\"]")
            << false << QString()
            << QByteArray("[\n  \"\\\"\\\\\",\n  \"\\b\\f\\n\\r\\t\",\n  \"\\u0007\",\n  "
                          "\"\\u001f\",\n  \"\\ud800\",\n  \"\\udc00x\",\n  \"\\ude00\\ud83d\"\n]");
        QTest::newRow("integers") << QByteArray(
            "[0,-0,7,-12,123456789012345,1234567890123456,12345678901234567890,9007199254740993]")
                                  << false << QString()
                                  << QByteArray("[\n  0,\n  0,\n  7,\n  -12,\n  123456789012345,\n "
                                                " 1234567890123456,\n  12345678901234567000,\n  "
                                                "9007199254740992\n]");
        QTest::newRow("other numbers")
            << QByteArray("[1.0,1e2,1E+2,2.5e0,-2.5,0.1,100.0e-2,1e21,1e20,123456789012345678901,"
                          "1e-7,0.000001,1.5e-7,0.0000015,1e400,-1e400,1e-400,-0.0,5e-324,1."
                          "7976931348623157e308]")
            << false << QString()
            << QByteArray("[\n  1,\n  100,\n  100,\n  2.5,\n  -2.5,\n  0.1,\n  1,\n  1e+21,\n  "
                          "100000000000000000000,\n  123456789012345680000,\n  1e-7,\n  "
                          "0.000001,\n  1.5e-7,\n  0.0000015,\n  null,\n  null,\n  0,\n  0,\n  "
                          "5e-324,\n  1.7976931348623157e+308\n]");
        QTest::newRow("literals and space")
            << QByteArray(" \011\n[ true ,false, null ]\015\n") << false << QString()
            << QByteArray("[\n  true,\n  false,\n  null\n]");
        QTest::newRow("empty containers")
            << QByteArray("[[],{},[[]],[{}]]") << false << QString()
            << QByteArray("[\n  [],\n  {},\n  [\n    []\n  ],\n  [\n    {}\n  ]\n]");
        QTest::newRow("a scalar") << QByteArray("\"x\"") << false << QString()
                                  << QByteArray("\"x\"");
        QTest::newRow("id set in place")
            << QByteArray("{\"id\":\"old\",\"key\":\"k\"}") << true << QStringLiteral("abc")
            << QByteArray("{\n  \"id\": \"abc\",\n  \"key\": \"k\"\n}");
        QTest::newRow("id added last")
            << QByteArray("{\"key\":\"k\",\"name\":\"n\"}") << true << QStringLiteral("abc")
            << QByteArray("{\n  \"key\": \"k\",\n  \"name\": \"n\",\n  \"id\": \"abc\"\n}");
        QTest::newRow("id on an empty object") << QByteArray("{}") << true << QStringLiteral("a\"b")
                                               << QByteArray("{\n  \"id\": \"a\\\"b\"\n}");
    }
    void stringifiesAsNode()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, setsId);
        QFETCH(QString, id);
        QFETCH(QByteArray, node);
        const StringMember member{QStringLiteral("id"), id};
        QByteArray out = "kept:";
        QVERIFY(appendStringified(out, text, 0, setsId ? &member : nullptr));
        QCOMPARE(out, "kept:" + node);
    }

    // The single pass writes what the reader by members writes, wherever it answers at all.
    void theOnePassWritesWhatTheReaderByMembersWrites_data() { stringifiesAsNode_data(); }
    void theOnePassWritesWhatTheReaderByMembersWrites()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, setsId);
        QFETCH(QString, id);
        const StringMember member{QStringLiteral("id"), id};
        for (int depth : {0, 1, 3}) {
            std::string fast = "kept:", slow = "kept:";
            const bool answered
                = appendStringifiedInOnePass(fast, text, depth, setsId ? &member : nullptr);
            QVERIFY(
                detail::appendStringifiedByMembers(slow, text, depth, setsId ? &member : nullptr));
            if (answered)
                QCOMPARE(QByteArray::fromStdString(fast), QByteArray::fromStdString(slow));
        }
    }

    // What the single pass takes and what it leaves to the reader by members: JavaScript moves
    // array-index keys, merges repeated keys (escaped or not) and sets `id` in place.
    void theOnePassTakesObjectsKeptAsWritten_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("taken");
        QTest::newRow("a token object")
            << QByteArray(R"({"key":"k","scopes":[{"name":"*","type":"package"}],"meta":{},)"
                          R"("cidr":[],"readonly":true,"revoked":null,"n":-0})")
            << true;
        QTest::newRow("an escaped value") << QByteArray(R"({"a":"\u00e9"})") << true;
        QTest::newRow("the same key in two objects")
            << QByteArray(R"({"a":{"a":1},"b":[{"a":2}]})") << true;
        QTest::newRow("an id deeper down") << QByteArray(R"({"x":{"id":1}})") << true;
        QTest::newRow("an array") << QByteArray("[1,[],{}]") << true;
        QTest::newRow("an array-index key") << QByteArray(R"({"b":1,"2":3})") << false;
        QTest::newRow("a repeated key") << QByteArray(R"({"a":1,"a":2})") << false;
        QTest::newRow("a repeated key deeper down")
            << QByteArray(R"({"x":[{"a":1,"a":2}]})") << false;
        QTest::newRow("an escaped key") << QByteArray(R"({"\u0061":1})") << false;
        QTest::newRow("the id already there") << QByteArray(R"({"id":"old"})") << false;
        QByteArray wide = "{";
        for (int i = 0; i < 65; ++i)
            wide += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":0";
        QTest::newRow("65 keys") << wide + "}" << false;
        QTest::newRow("a lone scalar") << QByteArray("1") << false;
        QTest::newRow("broken text") << QByteArray(R"({"a":tru})") << false;
    }
    void theOnePassTakesObjectsKeptAsWritten()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, taken);
        const StringMember id{QStringLiteral("id"), QStringLiteral("x")};
        std::string out;
        QCOMPARE(appendStringifiedInOnePass(out, text, 1, &id), taken);
    }

    // Nested one level down, as `token list --json` writes each object inside its array.
    void indentsFromTheGivenDepth()
    {
        QByteArray out;
        QVERIFY(appendStringified(out, R"({"a":[1]})", 1));
        QCOMPARE(out, QByteArray("{\n    \"a\": [\n      1\n    ]\n  }"));
    }

    // Past 32 members the repeated-key lookup switches to a hash; the answer must not change.
    void aLargeObjectKeepsJavaScriptsOrder()
    {
        QByteArray text = "{";
        QByteArray expected = "{\n";
        for (int i = 0; i < 40; ++i) {
            text += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
            expected += "  \"k" + QByteArray::number(i)
                + (i == 5 ? QByteArray("\": 99") : "\": " + QByteArray::number(i)) + ",\n";
        }
        text += R"(,"k5":99})";
        expected += "  \"id\": \"x\"\n}";
        const StringMember id{QStringLiteral("id"), QStringLiteral("x")};
        QByteArray out;
        QVERIFY(appendStringified(out, text, 0, &id));
        QCOMPARE(out, expected);
    }

    void refusesWhatIsNotOneValue_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unclosed object") << QByteArray("{");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
        QTest::newRow("unquoted key") << QByteArray("{a:1}");
        QTest::newRow("raw control character") << QByteArray("\"\001\"");
        QTest::newRow("unknown escape") << QByteArray(R"("\x")");
        QTest::newRow("short \\u escape") << QByteArray(R"("\u12G4")");
        QTest::newRow("ill-formed UTF-8") << QByteArray("\"\377\"");
        QTest::newRow("truncated UTF-8") << QByteArray("\"caf\303\"");
        QTest::newRow("leading zero") << QByteArray("01");
        QTest::newRow("bare point") << QByteArray("1.");
        QTest::newRow("bare exponent") << QByteArray("1e");
        QTest::newRow("plus sign") << QByteArray("+1");
        QTest::newRow("partial literal") << QByteArray("tru");
        QTest::newRow("two values") << QByteArray("{} []");
        QTest::newRow("unterminated string") << QByteArray("[\"abc");
        QTest::newRow("nested too deep")
            << QByteArray(kMaxDepth + 1, '[') + QByteArray(kMaxDepth + 1, ']');
    }
    void refusesWhatIsNotOneValue()
    {
        QFETCH(QByteArray, text);
        QByteArray out = "before";
        QVERIFY(!appendStringified(out, text, 0));
        QCOMPARE(out, QByteArray("before"));
    }

    void theDeepestAllowedNestingIsWritten()
    {
        const QByteArray nested = QByteArray(kMaxDepth, '[') + QByteArray(kMaxDepth, ']');
        QByteArray out;
        QVERIFY(appendStringified(out, nested, 0));
        const QByteArray innermost = "[]\n" + QByteArray(2 * (kMaxDepth - 2), ' ') + ']';
        QVERIFY(out.contains(innermost));
        QVERIFY(out.endsWith("\n]"));
    }
};

QTEST_APPLESS_MAIN(TstJsonStringify)
#include "tst_jsonstringify.moc"
