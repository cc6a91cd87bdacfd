#include "app/gui/GuiApplication.h"

int main(int argc, char *argv[])
{
    return companion::runGuiApplication(argc, argv);
}
