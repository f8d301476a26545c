<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>sb::BatchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/inspector/BatchPanel.cpp" line="+126" />
        <source>. %n line(s) could not be read (line %1: %2)</source>
        <translation>
            <numerusform>. %n line could not be read (line %1: %2)</numerusform>
            <numerusform>. %n lines could not be read (line %1: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::BatchTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/inspector/BatchTableModel.cpp" line="+81" />
        <source>%1 %n bytes</source>
        <translation>
            <numerusform>%1 %n byte</numerusform>
            <numerusform>%1 %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::FormPreviewWorkspace</name>
    <message numerus="yes">
        <location filename="../../ui/formpreview/FormPreviewWorkspace.cpp" line="+643" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>Request ready: %n secret(s) encrypted.</source>
        <translation>
            <numerusform>Request ready: %n secret encrypted.</numerusform>
            <numerusform>Request ready: %n secrets encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::InspectorWorkspace</name>
    <message numerus="yes">
        <location filename="../../ui/inspector/InspectorWorkspace.cpp" line="+435" />
        <source>A readable envelope of %n bytes. Give a key to decrypt it.</source>
        <translation>
            <numerusform>A readable envelope of %n byte. Give a key to decrypt it.</numerusform>
            <numerusform>A readable envelope of %n bytes. Give a key to decrypt it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::SecretField</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/SecretField.cpp" line="+36" />
        <location line="+93" />
        <source>Show the value (hidden again after %n seconds)</source>
        <translation>
            <numerusform>Show the value (hidden again after %n second)</numerusform>
            <numerusform>Show the value (hidden again after %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-88" />
        <source>Copy (the clipboard is cleared after %n seconds)</source>
        <translation>
            <numerusform>Copy (the clipboard is cleared after %n second)</numerusform>
            <numerusform>Copy (the clipboard is cleared after %n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::SecretTextView</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/SecretTextView.cpp" line="+47" />
        <source>Copy the value (the clipboard is cleared after %n seconds)</source>
        <translation>
            <numerusform>Copy the value (the clipboard is cleared after %n second)</numerusform>
            <numerusform>Copy the value (the clipboard is cleared after %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53" />
        <source>Show the value (hidden again after %n seconds)</source>
        <translation>
            <numerusform>Show the value (hidden again after %n second)</numerusform>
            <numerusform>Show the value (hidden again after %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Hidden. Reveal to show it for %n seconds.</source>
        <translation>
            <numerusform>Hidden. Reveal to show it for %n second.</numerusform>
            <numerusform>Hidden. Reveal to show it for %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
