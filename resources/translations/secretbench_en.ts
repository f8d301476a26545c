<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>sb::SecretField</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/SecretField.cpp" line="+34" />
        <location line="+91" />
        <source>Show the value (hidden again after %n seconds)</source>
        <translation>
            <numerusform>Show the value (hidden again after %n second)</numerusform>
            <numerusform>Show the value (hidden again after %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-86" />
        <source>Copy (the clipboard is cleared after %n seconds)</source>
        <translation>
            <numerusform>Copy (the clipboard is cleared after %n second)</numerusform>
            <numerusform>Copy (the clipboard is cleared after %n seconds)</numerusform>
        </translation>
    </message>
</context>
</TS>
